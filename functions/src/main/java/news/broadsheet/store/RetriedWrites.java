package news.broadsheet.store;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Tells a conditional single-item write whose condition failed only because an earlier attempt of the
 * same call had already applied it. TransactWriteItems is safe to retry: the SDK fills in its
 * {@code ClientRequestToken} once per call, and a repeat with the same token within 10 minutes
 * "returns successfully without making any changes" (DynamoDB API Reference, TransactWriteItems,
 * ClientRequestToken). PutItem and UpdateItem take no such token, so when the answer to an applied
 * write is lost, the SDK's retry meets the item that write left and fails its condition. Asked with {@code ReturnValuesOnConditionCheckFailure
 * ALL_OLD}, the failure carries the item that stands: if the call was attempted more than once and that
 * item is exactly the one this call put, the write is ours and it succeeded.
 */
final class RetriedWrites {
    private RetriedWrites() {}

    /** @return whether {@code failure} is this call's own earlier attempt, applied, met by its retry */
    static boolean appliedByEarlierAttempt(ConditionalCheckFailedException failure, Map<String, AttributeValue> intended) {
        Integer attempts = failure.numAttempts();
        return attempts != null && attempts > 1 && failure.hasItem() && failure.item().equals(intended);
    }
}
