package news.broadsheet.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import news.broadsheet.failure.TooLarge;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/** DynamoDB's and the emulators' ways of saying an item is too large all become the caller's 413. */
class ItemSizeExceededTest {
    static Throwable afterInterceptor(Throwable failure) {
        return new ItemSizeExceeded().modifyException(new Context.FailedExecution() {
            @Override
            public SdkRequest request() {
                return PutItemRequest.builder().build();
            }

            @Override
            public Optional<SdkHttpRequest> httpRequest() {
                return Optional.empty();
            }

            @Override
            public Optional<SdkHttpResponse> httpResponse() {
                return Optional.empty();
            }

            @Override
            public Optional<SdkResponse> response() {
                return Optional.empty();
            }

            @Override
            public Throwable exception() {
                return failure;
            }
        }, new ExecutionAttributes());
    }

    static DynamoDbException validation(String message) {
        return (DynamoDbException) DynamoDbException.builder().statusCode(400)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode("ValidationException").errorMessage(message).build()).build();
    }

    @Test
    void itemSizeExceeded_inAPutAnUpdateOrATransaction_isTooLarge() {
        assertThat(afterInterceptor(validation("Item size has exceeded the maximum allowed size"))).isInstanceOf(TooLarge.class);
        assertThat(afterInterceptor(validation("Item size to update has exceeded the maximum allowed size"))).isInstanceOf(TooLarge.class);
        TransactionCanceledException cancelled = TransactionCanceledException.builder().cancellationReasons(
                CancellationReason.builder().code("None").build(),
                CancellationReason.builder().code("ValidationError").message("Item size has exceeded the maximum allowed size").build())
                .build();
        assertThat(afterInterceptor(cancelled)).isInstanceOf(TooLarge.class);
    }

    @Test
    void otherFailures_passThroughUnchanged() {
        DynamoDbException other = validation("One or more parameter values were invalid");
        assertThat(afterInterceptor(other)).isSameAs(other);
        TransactionCanceledException conflict = TransactionCanceledException.builder().cancellationReasons(
                CancellationReason.builder().code("ConditionalCheckFailed").build()).build();
        assertThat(afterInterceptor(conflict)).isSameAs(conflict);
    }
}
