package news.broadsheet.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import news.broadsheet.store.Keys;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;

/** The table the tests create is the one template.yaml deploys, with the keys and indexes the code uses. */
class TemplateResourcesTest {
    @Test
    void theTestTable_isReadFromTheTemplate_andHasTheKeysTheCodeUses() {
        CreateTableRequest table = TemplateResources.tableRequest(Template.load(), "t");
        assertThat(table.keySchema()).extracting(KeySchemaElement::attributeName).containsExactly(Keys.PK, Keys.SK);
        assertThat(table.globalSecondaryIndexes()).extracting(GlobalSecondaryIndex::indexName)
                .containsExactlyInAnyOrder(Keys.GSI1, Keys.GSI2, Keys.GSI3, Keys.GSI4);
        GlobalSecondaryIndex gsi1 = table.globalSecondaryIndexes().stream().filter(i -> i.indexName().equals(Keys.GSI1)).findFirst().orElseThrow();
        assertThat(gsi1.keySchema()).extracting(KeySchemaElement::attributeName).containsExactly(Keys.GSI1_PK, Keys.GSI1_SK);
        GlobalSecondaryIndex gsi4 = table.globalSecondaryIndexes().stream().filter(i -> i.indexName().equals(Keys.GSI4)).findFirst().orElseThrow();
        assertThat(gsi4.keySchema()).extracting(KeySchemaElement::attributeName).containsExactly(Keys.GSI4_PK, Keys.GSI4_SK);
        assertThat(table.billingModeAsString()).isEqualTo("PAY_PER_REQUEST");
    }
}
