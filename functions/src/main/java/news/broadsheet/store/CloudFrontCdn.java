package news.broadsheet.store;

import java.util.List;
import java.util.UUID;
import news.broadsheet.publish.Cdn;
import software.amazon.awssdk.services.cloudfront.CloudFrontClient;

/** Invalidations on the one distribution in front of the site. */
public final class CloudFrontCdn implements Cdn {
    private final CloudFrontClient cloudFront;
    private final String distributionId;

    public CloudFrontCdn(CloudFrontClient cloudFront, String distributionId) {
        this.cloudFront = cloudFront;
        this.distributionId = distributionId;
    }

    @Override
    public String invalidate(List<String> paths) {
        return cloudFront.createInvalidation(r -> r.distributionId(distributionId).invalidationBatch(b -> b
                .callerReference(UUID.randomUUID().toString())
                .paths(p -> p.quantity(paths.size()).items(paths)))).invalidation().id();
    }
}
