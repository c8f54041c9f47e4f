package news.broadsheet.api;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import news.broadsheet.article.Article;
import news.broadsheet.article.Block;
import news.broadsheet.article.Byline;
import news.broadsheet.article.Status;
import news.broadsheet.edition.Edition;
import news.broadsheet.edition.EditionPage;
import news.broadsheet.json.Json;
import news.broadsheet.render.EditionContent;
import news.broadsheet.render.SiteRenderer;
import news.broadsheet.store.Keys;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Work done before a SnapStart snapshot so that restored containers start warm: Jackson, the
 * templates and the SDK clients run once. Nothing is written; reads of a key that never exists
 * warm the DynamoDB client, and failures are only logged (a snapshot must not fail for them).
 */
final class Priming {
    private static final Logger LOG = Logger.getLogger(Priming.class.getName());
    private static final Article SAMPLE = new Article("priming", "预热", "引题", "副题", null, List.of(new Byline("记者", "预热")),
            "本报讯", List.of(Block.paragraph("预热。")), "2000-01-01", 1, List.of(), null, Status.READY, 1,
            "2000-01-01T00:00:00Z", "2000-01-01T00:00:00Z", "priming", "priming", null, null, null, 1L);

    private Priming() {}

    static void json() {
        Json.read(Json.write(SAMPLE), Article.class);
    }

    static void dynamo(DynamoDbClient dynamo, String table) {
        try {
            dynamo.getItem(r -> r.tableName(table).key(Map.of(Keys.PK, AttributeValue.fromS("PRIMING"),
                    Keys.SK, AttributeValue.fromS(Keys.CURRENT))));
        } catch (RuntimeException e) {
            LOG.warning("priming read failed: " + e.getMessage());
        }
    }

    static void templates() {
        SiteRenderer renderer = SiteRenderer.create("Broadsheet", "https://priming.invalid", ZoneId.of("UTC"));
        Edition edition = new Edition("2000-01-01", 1, List.of(new EditionPage(1, "要闻", List.of(SAMPLE.id()))), 1, null, null, null);
        renderer.edition(EditionContent.of(edition, Map.of(SAMPLE.id(), SAMPLE), a -> true), null, null);
    }
}
