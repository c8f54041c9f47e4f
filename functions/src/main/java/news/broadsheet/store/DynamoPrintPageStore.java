package news.broadsheet.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import news.broadsheet.epaper.EditionPdf;
import news.broadsheet.epaper.PrintPage;
import news.broadsheet.epaper.PrintPageStore;
import news.broadsheet.json.Json;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;

/**
 * 版面 PDF records in one partition per edition, {@code PRINT#date}: each page at {@code PAGE#nnn}
 * (zero-padded, so a query reads them in page order) and the combined PDF at {@code EDITION}; the
 * record as JSON in {@code doc}, its version beside it for the condition.
 */
public final class DynamoPrintPageStore implements PrintPageStore {
    private static final String EDITION = "EDITION";
    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoPrintPageStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    static String pk(String date) {
        return "PRINT#" + date;
    }

    static String sk(int page) {
        return String.format("PAGE#%03d", page);
    }

    @Override
    public Optional<PrintPage> find(String date, int page) {
        return get(pk(date), sk(page)).map(doc -> Json.stored(doc, PrintPage.class));
    }

    @Override
    public List<PrintPage> findEdition(String date) {
        List<PrintPage> out = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> from = start;
            QueryResponse page = dynamo.query(r -> r.tableName(table).consistentRead(true)
                    .keyConditionExpression("pk = :pk AND begins_with(sk, :page)")
                    .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(pk(date)), ":page", AttributeValue.fromS("PAGE#")))
                    .exclusiveStartKey(from));
            page.items().forEach(item -> out.add(Json.stored(item.get("doc").s(), PrintPage.class)));
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return out;
    }

    @Override
    public boolean save(PrintPage next, long expectedVersion) {
        Map<String, AttributeValue> item = new HashMap<>(DynamoArticleStore.key(pk(next.date()), sk(next.page())));
        item.put("doc", AttributeValue.fromS(Json.write(next)));
        item.put("version", AttributeValue.fromN(Long.toString(next.version())));
        try {
            if (expectedVersion == 0) {
                dynamo.putItem(r -> r.tableName(table).item(item).conditionExpression("attribute_not_exists(pk)")
                        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD));
            } else {
                dynamo.putItem(r -> r.tableName(table).item(item).conditionExpression("version = :v")
                        .expressionAttributeValues(Map.of(":v", AttributeValue.fromN(Long.toString(expectedVersion))))
                        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD));
            }
            return true;
        } catch (ConditionalCheckFailedException e) {
            return RetriedWrites.appliedByEarlierAttempt(e, item);
        }
    }

    @Override
    public Optional<EditionPdf> findEditionPdf(String date) {
        return get(pk(date), EDITION).map(doc -> Json.stored(doc, EditionPdf.class));
    }

    @Override
    public void saveEditionPdf(EditionPdf pdf) {
        Map<String, AttributeValue> item = new HashMap<>(DynamoArticleStore.key(pk(pdf.date()), EDITION));
        item.put("doc", AttributeValue.fromS(Json.write(pdf)));
        dynamo.putItem(r -> r.tableName(table).item(item));
    }

    private Optional<String> get(String pk, String sk) {
        if (!Keys.fits(pk, sk)) {
            return Optional.empty();
        }
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table)
                .key(DynamoArticleStore.key(pk, sk)).consistentRead(true)).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(item.get("doc").s());
    }
}
