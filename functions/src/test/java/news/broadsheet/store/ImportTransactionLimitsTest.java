package news.broadsheet.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import news.broadsheet.article.Article;
import news.broadsheet.article.ArticleInput;
import news.broadsheet.article.ArticleInputBuilder;
import news.broadsheet.article.Block;
import news.broadsheet.article.Status;
import news.broadsheet.failure.TooLarge;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;

/**
 * An import is one DynamoDB transaction (each draft, its first revision, the import's record), so it
 * must stay inside DynamoDB's 100 actions and 4 MB before it is sent: moto accepts a transaction of
 * any size, and DynamoDB would refuse it with a ValidationException that surfaces as a 500.
 */
class ImportTransactionLimitsTest {
    // No call reaches DynamoDB: the writes are only built and checked.
    final DynamoArticleStore store = new DynamoArticleStore(null, "t");
    final Put importRecord = Put.builder().tableName("t").item(Map.of("pk", AttributeValue.fromS("IMPORT#1"))).build();

    static List<Article> drafts(int count, int paragraphsOf20kCharacters) {
        List<Block> body = new ArrayList<>(Collections.nCopies(paragraphsOf20kCharacters, Block.paragraph("字".repeat(20_000))));
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(Article.create("a" + i, ArticleInputBuilder.builder().headline("标题" + i).body(body).edition("2026-03-02").page(1)
                    .status(Status.DRAFT).build(), Status.DRAFT, "2026-03-02T00:00:00Z", "reporter"));
        }
        return out;
    }

    @Test
    void fortyNineDraftsAndTheRecord_are99Writes_andPass() {
        assertThat(store.insertWrites(drafts(49, 0), List.of(importRecord))).hasSize(99);
    }

    @Test
    void fiftyDraftsAndTheRecord_are101Writes_andAreRefusedBeforeDynamoDbSeesThem() {
        assertThatThrownBy(() -> store.insertWrites(drafts(50, 0), List.of(importRecord)))
                .isInstanceOf(TooLarge.class).hasMessageContaining("101 writes");
    }

    @Test
    void nineDraftsOf240KB_areOver4MBWithTheirRevisions_andAreRefused() {
        // 4 paragraphs of 20,000 three-byte characters: 240,000 bytes in each item and again in its
        // revision, so 9 drafts and the record are 19 writes of at least 4,320,000 bytes (over 4,194,304), and 8 drafts
        // are 17 writes of 3,840,000 bytes plus their names and keys (under it).
        assertThatThrownBy(() -> store.insertWrites(drafts(9, 4), List.of(importRecord)))
                .isInstanceOf(TooLarge.class).hasMessageContaining("19 writes").hasMessageContaining("4194304");
        assertThat(store.insertWrites(drafts(8, 4), List.of(importRecord))).hasSize(17);
    }
}
