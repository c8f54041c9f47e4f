package news.broadsheet.wiring;

import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The one recipe for an S3 client, shared by the API (image checks), the publisher and the media
 * function: the light URL-connection HTTP client and, at an endpoint override (an emulator), path-style
 * addressing, since an emulator serves buckets by path rather than by host name.
 */
public final class S3Clients {
    private S3Clients() {}

    public static S3Client build(Config config) {
        var builder = S3Client.builder().region(Region.of(config.region())).httpClientBuilder(UrlConnectionHttpClient.builder());
        config.endpoint().ifPresent(e -> builder.endpointOverride(e).forcePathStyle(true));
        return builder.build();
    }
}
