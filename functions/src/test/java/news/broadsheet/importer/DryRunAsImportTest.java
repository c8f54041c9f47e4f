package news.broadsheet.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import news.broadsheet.failure.DomainException;
import news.broadsheet.failure.Invalid;
import news.broadsheet.failure.TooLarge;
import news.broadsheet.fakes.InMemoryImportLog;
import org.junit.jupiter.api.Test;

/**
 * A dry run answers what the import of the same page (and reading) would: where the import refuses the
 * drafts (a field past an article's limit, more stories than one import takes), the dry run refuses them
 * with the same problem, never a 200 for a page the import turns down.
 */
class DryRunAsImportTest {
    final InMemoryImportLog log = new InMemoryImportLog();
    final AtomicInteger ids = new AtomicInteger();
    final ImportService service = new ImportService(log, Clock.fixed(Instant.parse("2031-07-01T08:00:00Z"), ZoneOffset.UTC),
            () -> "y" + ids.incrementAndGet());

    static DomainException refusal(Runnable call) {
        return catchThrowableOfType(call::run, DomainException.class);
    }

    @Test
    void aReadingWhoseHeadlineIsTooLong_isRefusedByTheDryRun_asByTheImport() {
        String headline = "很长的标题".repeat(120);
        String page = headline + "\n正文。\n";
        List<ExplicitReading.Entry> reading = List.of(new ExplicitReading.Entry(1, 0, "headline"), new ExplicitReading.Entry(2, 0, "paragraph"));

        DomainException dry = refusal(() -> service.previewReading(page, reading, false, NothingLostTest.REPORTER));
        DomainException real = refusal(() -> service.importPage(page, "2031-07-01", 1, NothingLostTest.REPORTER, false, null, reading));

        assertThat(real).isInstanceOf(Invalid.class);
        assertThat(((Invalid) real).errors()).contains(new Invalid.FieldError("/headline", "is 600 characters; at most 300"));
        assertThat(dry).isInstanceOf(Invalid.class);
        assertThat(((Invalid) dry).errors()).isEqualTo(((Invalid) real).errors());
        assertThat(log.drafts).isEmpty();
    }

    /**
     * Pages with no headline line (one of wrapped paragraphs the importer cannot sort, one whose text has no
     * head group above it, a dateline story): the plain dry run shows each draft as the plain import stores
     * it (headline, tags, doubts), and the import of that dry run's reading sent back unchanged stores the same.
     */
    @Test
    void aPageWithNoHeadline_isShownByThePlainDryRun_asThePlainImportStoresIt_andAsItsReadingSentBackDoes() {
        List<String> pages = List.of(
                "江边步道全长十二公里，沿途设了六个驿站，\n每个驿站都有饮水机和急救箱。\n\n周末还有市民乐团在驿站旁演出。\n",
                "江边步道全长十二公里。\n周末还有市民乐团在驿站旁演出。\n",
                "　　本报讯 江边步道全长十二公里。\n　　周末还有市民乐团在驿站旁演出。\n");
        int page = 1;
        for (String text : pages) {
            ImportService.Preview dry = service.preview(text, false, NothingLostTest.REPORTER);
            ImportService.Imported plain = service.importPage(text, "2031-07-01", page++, NothingLostTest.REPORTER);
            ImportService.Imported fromReading = service.importPage(text, "2031-07-01", page++, NothingLostTest.REPORTER, false, null,
                    dry.lines().stream().map(l -> new ExplicitReading.Entry(l.line(), l.story(), l.role(), l.parts(), l.joins())).toList(),
                    plain.record().id());
            assertThat(dry.drafts().articles()).as("the dry run of %s", text).hasSameSizeAs(plain.articles());
            for (int i = 0; i < plain.articles().size(); i++) {
                news.broadsheet.article.Article stored = plain.articles().get(i);
                ImportedArticle shown = dry.drafts().articles().get(i);
                assertThat(shown.article().headline()).as("headline shown for %s", text).isEqualTo(stored.headline());
                assertThat(shown.article().tags()).as("tags shown for %s", text).isEqualTo(stored.tags());
                assertThat(shown.storedDoubts()).as("doubts shown for %s", text).isEqualTo(stored.importDoubts());
                news.broadsheet.article.Article again = fromReading.articles().get(i);
                assertThat(List.of(again.headline(), again.tags(), again.importDoubts(), again.body()))
                        .as("the reading sent back of %s", text).isEqualTo(List.of(stored.headline(), stored.tags(), stored.importDoubts(), stored.body()));
            }
        }
        assertThat(log.drafts.stream().map(news.broadsheet.article.Article::headline)).contains(PageImporter.UNSORTED_HEADLINE);
    }

    @Test
    void aPageOfMoreStoriesThanOneImportTakes_isRefusedByTheDryRun_asByTheImport() {
        StringBuilder page = new StringBuilder();
        for (int i = 1; i <= ImportService.MAX_ARTICLES + 11; i++) {
            page.append("第").append(i).append("条简讯的标题\n\n　　本报讯 这是第").append(i).append("条简讯的正文，写给这个测试。\n\n");
        }
        assertThat(PageImporter.read(page.toString()).articles()).hasSizeGreaterThan(ImportService.MAX_ARTICLES);

        DomainException dry = refusal(() -> service.preview(page.toString(), false, NothingLostTest.REPORTER));
        DomainException real = refusal(() -> service.importPage(page.toString(), "2031-07-01", 1, NothingLostTest.REPORTER));

        assertThat(real).isInstanceOf(TooLarge.class);
        assertThat(dry).isInstanceOf(TooLarge.class);
        assertThat(dry.getMessage()).isEqualTo(real.getMessage()).contains("one import takes at most " + ImportService.MAX_ARTICLES);
    }

    @Test
    void aPlainPageWhoseDraftBreaksAnArticleRule_isRefusedByTheDryRun_asByTheImport() {
        // One paragraph past a block's limit: the importer keeps it whole, and the article refuses it.
        String page = "超长的一段\n\n　　本报讯 " + "这是一句很长的话。".repeat(2_300) + "\n";

        DomainException dry = refusal(() -> service.preview(page, false, NothingLostTest.REPORTER));
        DomainException real = refusal(() -> service.importPage(page, "2031-07-01", 2, NothingLostTest.REPORTER));

        assertThat(real).isInstanceOf(Invalid.class);
        assertThat(dry).isInstanceOf(Invalid.class);
        assertThat(((Invalid) dry).errors()).isEqualTo(((Invalid) real).errors());
    }
}
