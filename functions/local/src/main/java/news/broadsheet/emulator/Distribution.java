package news.broadsheet.emulator;

import software.amazon.awssdk.services.cloudfront.CloudFrontClient;
import software.amazon.awssdk.services.cloudfront.model.ViewerProtocolPolicy;

/** A minimal CloudFront distribution in the emulator, so that invalidations are real API calls that can be counted. */
final class Distribution {
    private Distribution() {}

    static String create(CloudFrontClient cloudFront, String bucket) {
        return cloudFront.createDistribution(r -> r.distributionConfig(c -> c
                .callerReference(bucket)
                .comment("broadsheet test site")
                .enabled(true)
                .origins(o -> o.quantity(1).items(origin -> origin.id("site").domainName(bucket + ".s3.amazonaws.com")
                        .s3OriginConfig(s -> s.originAccessIdentity(""))))
                .defaultCacheBehavior(b -> b.targetOriginId("site").viewerProtocolPolicy(ViewerProtocolPolicy.REDIRECT_TO_HTTPS)
                        .cachePolicyId("658327ea-f89d-4fab-a63d-7e88639e58f6"))))
                .distribution().id();
    }
}
