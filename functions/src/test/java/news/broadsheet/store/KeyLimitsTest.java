package news.broadsheet.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import news.broadsheet.article.ArticleStore.ArticleQuery;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * DynamoDB's key limits (partition key 2,048 bytes, sort key 1,024 bytes of UTF-8): a read whose key
 * is longer is refused by DynamoDB with a ValidationException, a 500 to our caller, and moto answers
 * it as if nothing were there. Every look-up by an id, author or site path a client chose must find
 * nothing without asking: the client here fails any call made to it.
 */
class KeyLimitsTest {
    static final DynamoDbClient REFUSES_EVERY_CALL = new DynamoDbClient() {
        @Override
        public String serviceName() {
            return "dynamodb";
        }

        @Override
        public void close() {}
    };
    static final String TOO_LONG_ID = "a".repeat(Keys.MAX_PARTITION_KEY_BYTES);
    static final String TABLE = "t";

    @Test
    void keysFit_upToDynamoDbsLimits_countedInUtf8Bytes() {
        assertThat(Keys.fits("p".repeat(2048), "s".repeat(1024))).as("both at the limit").isTrue();
        assertThat(Keys.fits("p".repeat(2049), "s")).as("partition key one byte over").isFalse();
        assertThat(Keys.fits("p", "s".repeat(1025))).as("sort key one byte over").isFalse();
        assertThat(Keys.fits("p", "中".repeat(341) + "s")).as("3 × 341 + 1 = 1,024 bytes").isTrue();
        assertThat(Keys.fits("p", "中".repeat(342))).as("3 × 342 = 1,026 bytes").isFalse();
        assertThat(Keys.fits("中".repeat(683), null)).as("a partition alone: 2,049 bytes").isFalse();
    }

    @Test
    void anArticleIdTooLongForAKey_findsNothing_withoutAskingDynamoDb() {
        DynamoArticleStore articles = new DynamoArticleStore(REFUSES_EVERY_CALL, TABLE);
        assertThat(articles.find(TOO_LONG_ID)).isEmpty();
        assertThat(articles.findAll(List.of(TOO_LONG_ID))).isEmpty();
        assertThat(articles.revisions(TOO_LONG_ID, 10, null).items()).isEmpty();
        assertThat(articles.revision(TOO_LONG_ID, 1)).isEmpty();
        assertThat(articles.list(new ArticleQuery(null, null, TOO_LONG_ID, 10, null)).items()).as("by author").isEmpty();
    }

    @Test
    void otherIdsTooLongForAKey_findNothing_withoutAskingDynamoDb() {
        assertThat(new DynamoMediaStore(REFUSES_EVERY_CALL, TABLE).find(TOO_LONG_ID)).isEmpty();
        assertThat(new DynamoMediaStore(REFUSES_EVERY_CALL, TABLE).findAll(List.of(TOO_LONG_ID))).isEmpty();
        assertThat(new DynamoPublicationStore(REFUSES_EVERY_CALL, TABLE).find(TOO_LONG_ID)).isEmpty();
        DynamoImportLog imports = new DynamoImportLog(REFUSES_EVERY_CALL, TABLE, new DynamoArticleStore(REFUSES_EVERY_CALL, TABLE));
        assertThat(imports.find(TOO_LONG_ID)).isEmpty();
        assertThat(imports.article(TOO_LONG_ID)).as("an import's ?continues=").isEmpty();
    }

    @Test
    void aSitePathTooLongForATombstoneKey_wasNeverRemoved_withoutAskingDynamoDb() {
        // The site fallback asks this for any path a reader types: a long one must be the 404 page, not a 500.
        String path = "editions/2026-01-06/" + "x".repeat(Keys.MAX_SORT_KEY_BYTES) + "/index.html";
        assertThat(new DynamoPublishedStore(REFUSES_EVERY_CALL, TABLE).buried(path)).isFalse();
    }
}
