package news.broadsheet.emulator;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** A running AWS emulator (moto's server or LocalStack) that SDK clients can be pointed at. */
public interface Emulator extends AutoCloseable {
    String REGION = "us-east-1";

    URI endpoint();

    /**
     * Where CloudFront is answered: the same endpoint, except beside LocalStack Community, which has no
     * CloudFront and runs moto's server next to it for that one service.
     */
    default URI cloudFrontEndpoint() {
        return endpoint();
    }

    /** A short name for reports: "moto" or "localstack". */
    String kind();

    @Override
    void close();

    default StaticCredentialsProvider credentials() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"));
    }

    default DynamoDbClient dynamo() {
        return DynamoDbClient.builder().endpointOverride(endpoint()).region(Region.of(REGION))
                .credentialsProvider(credentials()).httpClientBuilder(UrlConnectionHttpClient.builder()).build();
    }
}
