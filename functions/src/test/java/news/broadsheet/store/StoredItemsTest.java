package news.broadsheet.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.broadsheet.article.Article;
import news.broadsheet.article.ArticleInput;
import news.broadsheet.article.ArticleInputBuilder;
import news.broadsheet.article.Status;
import news.broadsheet.epaper.PageScan;
import news.broadsheet.epaper.PageUpload;
import news.broadsheet.epaper.PrintPage;
import news.broadsheet.epaper.ScanReport;
import news.broadsheet.failure.BadRequest;
import news.broadsheet.http.Bodies;
import news.broadsheet.json.Json;
import news.broadsheet.publish.ArchiveMonth;
import news.broadsheet.publish.SiteRecord;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Strict on input, lenient on what we stored: an item written by a newer version (a field this one
 * does not know) still reads after a rollback, while a request naming that field is still refused.
 */
class StoredItemsTest {
    static final Article ARTICLE = Article.create("a1", ArticleInputBuilder.builder().headline("城南简讯").byline(List.of()).body(List.of())
            .edition("2026-11-30").page(2).tags(List.of()).status(Status.DRAFT).build(), Status.DRAFT, "2026-11-29T22:11:02Z", "local-reporter");

    static String withUnknownField(Object stored) {
        ObjectNode doc = Json.mapper().valueToTree(stored);
        doc.put("fieldFromANewerVersion", "写入于新版本");
        return Json.write(doc);
    }

    @Test
    void anArticleItem_carryingAFieldThisVersionDoesNotKnow_isRead() {
        Map<String, AttributeValue> item = new HashMap<>(DynamoArticleStore.currentItem(ARTICLE));
        item.put("doc", AttributeValue.fromS(withUnknownField(ARTICLE)));

        Article read = DynamoArticleStore.fromItem(item);

        assertThat(read.headline()).isEqualTo("城南简讯");
        assertThat(read.editable()).isEqualTo(ARTICLE.editable());
    }

    @Test
    void storedDocuments_ofEveryKind_areReadLeniently() {
        assertThat(Json.stored(withUnknownField(ARTICLE), Article.class).id()).isEqualTo("a1");
        assertThat(Json.stored(withUnknownField(SiteRecord.EMPTY), SiteRecord.class)).isEqualTo(SiteRecord.EMPTY);
        assertThat(Json.stored(withUnknownField(ArchiveMonth.empty("2026-01")), ArchiveMonth.class))
                .isEqualTo(ArchiveMonth.empty("2026-01"));
    }

    @Test
    void aRequest_carryingTheSameField_isStillRefused() {
        String body = withUnknownField(ARTICLE.editable());
        assertThatThrownBy(() -> Bodies.bind(Json.mapper().readTree(body), ArticleInput.class))
                .isInstanceOf(BadRequest.class).hasMessageContaining("fieldFromANewerVersion");
    }

    static String withUploadState(PrintPage page, String state) {
        ObjectNode doc = Json.mapper().valueToTree(page);
        ((ObjectNode) doc.get("upload")).put("state", state);
        return Json.write(doc);
    }

    @Test
    void aPrintPage_whoseUploadStateIsFromANewerVersion_reads_asAnUploadThatIsOver() {
        PageUpload upload = PageUpload.started("u2", "p.pdf", 9, "e", "2026-11-30T08:00:00Z", "2026-11-30T08:25:00Z");
        PageScan scan = new PageScan("u1", "k", "sha", 9, 842, 1191, 0, List.of(), List.of(), ScanReport.EMPTY, "t");

        PrintPage withScan = Json.stored(withUploadState(new PrintPage("2026-11-30", 2, upload, scan, 4, "t"), "quarantined"), PrintPage.class);
        PrintPage without = Json.stored(withUploadState(new PrintPage("2026-11-30", 3, upload, null, 4, "t"), "quarantined"), PrintPage.class);

        assertThat(withScan.upload().state()).isEqualTo(PageUpload.State.UNKNOWN);
        assertThat(withScan.status()).as("the accepted scan stands").isEqualTo(PageUpload.State.READY);
        assertThat(without.status()).as("not processing: a new upload may start").isEqualTo(PageUpload.State.UNKNOWN);
        assertThat(without.asOf(java.time.Instant.parse("2026-12-01T00:00:00Z"))).as("never turned expired").isEqualTo(without);
        assertThat(Json.write(without)).contains("\"state\":\"unknown\"");
    }
}
