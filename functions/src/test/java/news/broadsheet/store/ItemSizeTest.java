package news.broadsheet.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import news.broadsheet.failure.TooLarge;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/** DynamoDB's item-size arithmetic (Developer Guide, "Item sizes and formats"), worked out by hand in each row. */
class ItemSizeTest {

    @Test
    void sizes_followDynamoDbsArithmetic_namesPlusValues() {
        assertThat(ItemSize.of(Map.of("pk", AttributeValue.fromS("ab")))).as("2 + 2").isEqualTo(4);
        assertThat(ItemSize.of(Map.of("s", AttributeValue.fromS("中文")))).as("1 + 6 UTF-8 bytes").isEqualTo(7);
        assertThat(ItemSize.of(Map.of("n", AttributeValue.fromN("123")))).as("1 + (2 bytes for 3 digits + 1)").isEqualTo(4);
        assertThat(ItemSize.of(Map.of("n", AttributeValue.fromN("1000")))).as("1 + (1 digit: 1 + 1)").isEqualTo(3);
        assertThat(ItemSize.of(Map.of("b", AttributeValue.fromBool(true)))).as("1 + 1").isEqualTo(2);
        assertThat(ItemSize.of(Map.of("l", AttributeValue.fromL(List.of(AttributeValue.fromS("a"), AttributeValue.fromS("bc"))))))
                .as("1 + 3 + 2 elements + 1 + 2").isEqualTo(9);
        assertThat(ItemSize.of(Map.of("m", AttributeValue.fromM(Map.of("k", AttributeValue.fromS("v"))))))
                .as("1 + 3 + 1 element + (1 + 1)").isEqualTo(7);
    }

    @Test
    void anItemOneByteOverTheGuard_isRefused_andOneAtItIsNot_leavingItsMarginUnder400KB() {
        String name = "doc";
        Map<String, AttributeValue> atLimit = Map.of(name, AttributeValue.fromS("x".repeat(ItemSize.GUARD_BYTES - 3)));
        Map<String, AttributeValue> over = Map.of(name, AttributeValue.fromS("x".repeat(ItemSize.GUARD_BYTES - 2)));
        ItemSize.require(atLimit, "the item");
        assertThatThrownBy(() -> ItemSize.require(over, "the item")).isInstanceOf(TooLarge.class).hasMessageContaining("400001");
        assertThat(ItemSize.MAX_ITEM_BYTES - ItemSize.GUARD_BYTES).isEqualTo(9_600);
    }

    @Test
    void aTransactionOf101Writes_orOver4MB_isRefused_andOneWithinBothLimitsIsNot() {
        TransactWriteItem small = put(Map.of("pk", AttributeValue.fromS("a")));
        TransactWriteItem big = put(Map.of("doc", AttributeValue.fromS("x".repeat(350 * 1024))));
        Transactions.require(java.util.Collections.nCopies(100, small));
        Transactions.require(java.util.Collections.nCopies(11, big));
        assertThatThrownBy(() -> Transactions.require(java.util.Collections.nCopies(101, small))).isInstanceOf(TooLarge.class);
        assertThatThrownBy(() -> Transactions.require(java.util.Collections.nCopies(12, big))).isInstanceOf(TooLarge.class)
                .hasMessageContaining("4194304");
    }

    @Test
    void anEditionSave_isCutIntoTransactionsWithinBothLimits_theEditionLast() {
        TransactWriteItem big = put(Map.of("doc", AttributeValue.fromS("x".repeat(300 * 1024))));
        TransactWriteItem small = put(Map.of("pk", AttributeValue.fromS("a")));
        List<TransactWriteItem> writes = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            writes.add(big);
            writes.add(big);
        }
        for (int i = 0; i < 120; i++) {
            writes.add(small);
        }
        TransactWriteItem edition = put(Map.of("pk", AttributeValue.fromS("EDITION")));
        writes.add(edition);

        List<List<TransactWriteItem>> batches = DynamoEditionStore.batches(writes);

        assertThat(batches).allSatisfy(Transactions::require);
        assertThat(batches.get(batches.size() - 1)).last().isSameAs(edition);
        assertThat(batches.stream().mapToInt(List::size).sum()).isEqualTo(writes.size());
        assertThat(batches.get(0)).hasSize(13);   // 14 items of 300 KB would pass 4 MB
    }

    static TransactWriteItem put(Map<String, AttributeValue> item) {
        return TransactWriteItem.builder().put(Put.builder().tableName("t").item(item).build()).build();
    }
}
