package news.broadsheet.wiring;

import java.util.Locale;
import news.broadsheet.failure.TooLarge;
import news.broadsheet.store.ItemSize;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Turns DynamoDB's "Item size has exceeded the maximum allowed size" (a ValidationException, or a
 * transaction cancelled with that reason; moto words updates "Item size to update has exceeded…")
 * into {@link TooLarge}, the caller's 413, on every call of the client. {@link ItemSize}'s guard
 * refuses such items before they are sent; this catches any an emulator or DynamoDB counts larger.
 */
public final class ItemSizeExceeded implements ExecutionInterceptor {
    @Override
    public Throwable modifyException(Context.FailedExecution context, ExecutionAttributes attributes) {
        Throwable failure = context.exception();
        if (failure instanceof TransactionCanceledException cancelled && cancelled.hasCancellationReasons()) {
            for (CancellationReason reason : cancelled.cancellationReasons()) {
                if (isItemSize(reason.message())) {
                    return tooLarge();
                }
            }
        } else if (failure instanceof DynamoDbException e && e.awsErrorDetails() != null
                && "ValidationException".equals(e.awsErrorDetails().errorCode()) && isItemSize(e.awsErrorDetails().errorMessage())) {
            return tooLarge();
        }
        return failure;
    }

    static boolean isItemSize(String message) {
        return message != null && message.toLowerCase(Locale.ROOT).contains("item size") && message.contains("exceeded");
    }

    private static TooLarge tooLarge() {
        return new TooLarge("the item would be larger than DynamoDB stores (" + ItemSize.GUARD_BYTES
                + " bytes are accepted); shorten the text");
    }
}
