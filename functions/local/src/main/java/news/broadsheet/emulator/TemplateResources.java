package news.broadsheet.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;

/** Creates in an emulator the table and bucket that template.yaml declares, so tests cannot drift from the deployed schema. */
public final class TemplateResources {
    private TemplateResources() {}

    /** The CreateTable request for the template's one DynamoDB table, under another name. */
    public static CreateTableRequest tableRequest(Template template, String tableName) {
        JsonNode props = template.only("AWS::DynamoDB::Table").path("Properties");
        List<AttributeDefinition> attributes = new ArrayList<>();
        props.path("AttributeDefinitions").forEach(a -> attributes.add(AttributeDefinition.builder()
                .attributeName(a.path("AttributeName").asText()).attributeType(a.path("AttributeType").asText()).build()));
        List<GlobalSecondaryIndex> indexes = new ArrayList<>();
        props.path("GlobalSecondaryIndexes").forEach(i -> indexes.add(GlobalSecondaryIndex.builder()
                .indexName(i.path("IndexName").asText())
                .keySchema(keys(i.path("KeySchema")))
                .projection(Projection.builder().projectionType(ProjectionType.fromValue(
                        i.path("Projection").path("ProjectionType").asText("ALL"))).build())
                .build()));
        CreateTableRequest.Builder request = CreateTableRequest.builder()
                .tableName(tableName)
                .attributeDefinitions(attributes)
                .keySchema(keys(props.path("KeySchema")))
                .billingMode(BillingMode.fromValue(props.path("BillingMode").asText("PAY_PER_REQUEST")));
        if (!indexes.isEmpty()) {
            request.globalSecondaryIndexes(indexes);
        }
        return request.build();
    }

    public static void createTable(DynamoDbClient dynamo, String tableName) {
        dynamo.createTable(tableRequest(Template.load(), tableName));
        dynamo.waiter().waitUntilTableExists(r -> r.tableName(tableName));
    }

    private static List<KeySchemaElement> keys(JsonNode schema) {
        List<KeySchemaElement> out = new ArrayList<>();
        schema.forEach(k -> out.add(KeySchemaElement.builder()
                .attributeName(k.path("AttributeName").asText()).keyType(k.path("KeyType").asText()).build()));
        return out;
    }
}
