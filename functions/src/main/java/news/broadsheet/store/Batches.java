package news.broadsheet.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/** BatchWriteItem in groups of 25 (DynamoDB's limit), asking again for whatever comes back unprocessed. */
final class Batches {
    static final int MAX_BATCH = 25;

    private Batches() {}

    static void put(DynamoDbClient dynamo, String table, List<Map<String, AttributeValue>> items) {
        write(dynamo, table, items.stream().map(i -> WriteRequest.builder().putRequest(p -> p.item(i)).build()).toList());
    }

    static void delete(DynamoDbClient dynamo, String table, List<Map<String, AttributeValue>> keys) {
        write(dynamo, table, keys.stream().map(k -> WriteRequest.builder().deleteRequest(d -> d.key(k)).build()).toList());
    }

    private static void write(DynamoDbClient dynamo, String table, List<WriteRequest> requests) {
        for (int i = 0; i < requests.size(); i += MAX_BATCH) {
            List<WriteRequest> pending = new ArrayList<>(requests.subList(i, Math.min(requests.size(), i + MAX_BATCH)));
            int attempt = 0;
            while (!pending.isEmpty()) {
                List<WriteRequest> ask = pending;
                BatchWriteItemResponse response = dynamo.batchWriteItem(r -> r.requestItems(Map.of(table, ask)));
                pending = new ArrayList<>(response.unprocessedItems().getOrDefault(table, List.of()));
                if (!pending.isEmpty()) {
                    backOff(++attempt);
                }
            }
        }
    }

    private static void backOff(int attempt) {
        try {
            Thread.sleep(Math.min(1000, 25L << Math.min(attempt, 6)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing a batch", e);
        }
    }
}
