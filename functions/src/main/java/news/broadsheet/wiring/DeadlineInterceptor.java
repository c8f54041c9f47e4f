package news.broadsheet.wiring;

import java.time.Duration;
import java.util.Optional;
import news.broadsheet.deadline.RequestDeadline;
import software.amazon.awssdk.awscore.AwsRequest;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * Gives each AWS call made for an API request only the time its {@link RequestDeadline} has left
 * (the SDK's whole-call timeout, retries included), and refuses to start one after it. Outside an
 * API request (the publisher, the media function, tools) it changes nothing.
 */
public final class DeadlineInterceptor implements ExecutionInterceptor {
    @Override
    public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
        Optional<Duration> remaining = RequestDeadline.remaining();
        if (remaining.isEmpty() || !(context.request() instanceof AwsRequest request)) {
            return context.request();
        }
        Duration left = RequestDeadline.requireTimeLeft();
        Duration timeout = request.overrideConfiguration().flatMap(AwsRequestOverrideConfiguration::apiCallTimeout)
                .filter(own -> own.compareTo(left) < 0).orElse(left);
        AwsRequestOverrideConfiguration.Builder override = request.overrideConfiguration()
                .map(AwsRequestOverrideConfiguration::toBuilder).orElseGet(AwsRequestOverrideConfiguration::builder);
        return request.toBuilder().overrideConfiguration(override.apiCallTimeout(timeout).build()).build();
    }
}
