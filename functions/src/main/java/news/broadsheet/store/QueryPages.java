package news.broadsheet.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * One page of a listing as a client wants it: at most {@code limit} items, and a cursor only when
 * another item follows. DynamoDB's LastEvaluatedKey says where a read stopped (at Limit, at 1 MB, or
 * after items a key condition or filter then dropped), not that more items exist (DynamoDB Developer
 * Guide, "Paginating table query results"), so handing it out as is can lead to an empty last page.
 * We read one item past the page instead, and the cursor is the key of the last item returned.
 */
final class QueryPages {
    /** The raw items of one page and the cursor to the next, null at the end. */
    record Page(List<Map<String, AttributeValue>> items, String nextCursor) {}

    private QueryPages() {}

    /** Reads {@code q} from {@code cursor} (decoded for {@code listing}) until it has limit + 1 items or the query ends. */
    static Page read(DynamoDbClient dynamo, QueryRequest.Builder q, Cursor.Listing listing, String cursor, int limit) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        Map<String, AttributeValue> start = Cursor.decode(listing, cursor);
        do {
            QueryResponse page = dynamo.query(q.limit(limit + 1 - items.size()).exclusiveStartKey(start).build());
            items.addAll(page.items());
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null && items.size() <= limit);
        if (items.size() <= limit) {
            return new Page(items, null);
        }
        List<Map<String, AttributeValue>> kept = List.copyOf(items.subList(0, limit));
        return new Page(kept, Cursor.encode(listing, keyOf(listing, kept.get(limit - 1))));
    }

    /** The start key that resumes right after {@code item}: its table and index key attributes. */
    private static Map<String, AttributeValue> keyOf(Cursor.Listing listing, Map<String, AttributeValue> item) {
        Map<String, AttributeValue> key = new LinkedHashMap<>();
        for (String attribute : listing.attributes()) {
            key.put(attribute, item.get(attribute));
        }
        return key;
    }
}
