package news.broadsheet.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * When a cancelled commit is this commit's own earlier attempt (its answer lost, the SDK retried) and
 * not another publication's win: {@link DynamoPublishedStore#ownWriteFound}.
 */
class CommitRetryTest {
    static final Map<String, AttributeValue> OURS = Map.of("pk", AttributeValue.fromS("EDITION#2026-06-30"),
            "doc", AttributeValue.fromS("{\"snapshotId\":\"job-1\"}"), "revision", AttributeValue.fromN("2"));
    static final Map<String, AttributeValue> THEIRS = Map.of("pk", AttributeValue.fromS("EDITION#2026-06-30"),
            "doc", AttributeValue.fromS("{\"snapshotId\":\"job-2\"}"), "revision", AttributeValue.fromN("2"));

    // Each reason: code:whatTheFailedItemHolds (ours, theirs or nothing); one per item of a two-item commit.
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "ConditionalCheckFailed:ours None,                                 true",
            "ConditionalCheckFailed:ours ConditionalCheckFailed:ours,          true",
            "None ConditionalCheckFailed:ours,                                 true",
            "ConditionalCheckFailed:theirs None,                               false",
            "ConditionalCheckFailed:ours ConditionalCheckFailed:theirs,        false",
            "ConditionalCheckFailed: None,                                     false",
            "TransactionConflict None,                                         false",
            "ConditionalCheckFailed:ours TransactionConflict,                  false",
            "None None,                                                        false",
    })
    void aCancelledCommit_isOurOwn_onlyWhenEveryFailedConditionFoundOurItem(String reasons, boolean own) {
        List<TransactWriteItem> writes = List.of(put(OURS), put(OURS));
        List<CancellationReason> answered = Arrays.stream(reasons.trim().split(" ")).map(CommitRetryTest::reason).toList();

        assertThat(DynamoPublishedStore.ownWriteFound(writes, answered)).isEqualTo(own);
    }

    @ParameterizedTest(name = "{0} reasons for 2 items -> not ours")
    @CsvSource({"0", "1", "3"})
    void reasonsThatDoNotMatchTheItems_areNeverOurOwn(int count) {
        List<CancellationReason> answered = java.util.Collections.nCopies(count, reason("ConditionalCheckFailed:ours"));

        assertThat(DynamoPublishedStore.ownWriteFound(List.of(put(OURS), put(OURS)), answered)).isFalse();
    }

    private static TransactWriteItem put(Map<String, AttributeValue> item) {
        return TransactWriteItem.builder().put(Put.builder().tableName("t").item(item).build()).build();
    }

    private static CancellationReason reason(String spec) {
        String[] parts = spec.split(":", -1);
        CancellationReason.Builder r = CancellationReason.builder().code(parts[0]);
        if (parts.length > 1 && !parts[1].isEmpty()) {
            r.item(parts[1].equals("ours") ? OURS : THEIRS);
        }
        return r.build();
    }
}
