package news.broadsheet.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import news.broadsheet.fakes.InMemoryImportLog;
import org.junit.jupiter.api.Test;

/**
 * The import review shows, story by story, the doubts the drafts will carry: the dry run's stories and the
 * drafts made from the same reading come from one computation, so no doubt (a byline without its role, a
 * photo without its file, a generated headline) first appears after the drafts exist.
 */
class ReviewDoubtsTest {
    final InMemoryImportLog log = new InMemoryImportLog();
    final AtomicInteger ids = new AtomicInteger();
    final ImportService service = new ImportService(log, Clock.fixed(Instant.parse("2031-03-14T08:00:00Z"), ZoneOffset.UTC),
            () -> "r" + ids.incrementAndGet());

    /** Sample text written for this test: a byline printed without its role, a lone photo, a story continued from page 1. */
    static final String PAGE = String.join("\n",
            "老街口新添一座口袋公园",
            "",
            "老街口那块闲置多年的空地，如今种上了银杏和月季，还摆了几张长椅。",
            "",
            "附近的居民说，傍晚来这里坐坐的人越来越多。（宋晓彤）",
            "",
            "图为孩子们在口袋公园里追逐嬉戏。 孟凡摄",
            "",
            "（上接第1版）",
            "",
            "工程队表示，剩下的两段路面将在月底前铺完。",
            "",
            "");

    private static List<ExplicitReading.Entry> asRead(ImportService.Preview seen) {
        List<ExplicitReading.Entry> out = new ArrayList<>();
        seen.lines().forEach(l -> out.add(new ExplicitReading.Entry(l.line(), l.story(), l.role(), l.parts(), l.joins())));
        return out;
    }

    @Test
    void theReviewShowsEveryDoubtTheDraftsOfItsReadingCarry() {
        ImportService.Preview seen = service.preview(PAGE, false, NothingLostTest.REPORTER);
        ImportService.Imported done = service.importPage(PAGE, "2031-03-14", 3, NothingLostTest.REPORTER, false, null, asRead(seen));

        List<List<String>> drafts = done.articles().stream().map(a -> log.article(a.id()).orElseThrow().importDoubts()).toList();
        List<List<String>> reviewed = seen.drafts().articles().stream().map(ImportedArticle::storedDoubts).toList();
        assertThat(drafts).as("the sample's drafts doubt a byline, a photo and a generated headline")
                .anyMatch(d -> d.stream().anyMatch(u -> u.startsWith("byline role not printed")))
                .anyMatch(d -> d.contains(PageImporter.NO_FILE_YET))
                .anyMatch(d -> d.stream().anyMatch(u -> u.contains("headline generated")));
        assertThat(reviewed).isEqualTo(drafts);
    }

    @Test
    void aReviewedReadingIsAnsweredWithTheDoubtsItsDraftsWouldCarry_creatingNothing() {
        ImportService.Preview seen = service.preview(PAGE, false, NothingLostTest.REPORTER);
        // The editor makes the photo's line a paragraph of the story above: its photo doubt goes, its byline doubt stays.
        List<ExplicitReading.Entry> reading = new ArrayList<>(asRead(seen));
        int photoLine = 7;
        ExplicitReading.Entry first = reading.stream().filter(e -> e.line() == photoLine).findFirst().orElseThrow();
        List<ExplicitReading.Entry> edited = new ArrayList<>();
        for (ExplicitReading.Entry e : reading) {
            int story = e.story() > first.story() ? e.story() - 1 : e.story() == first.story() ? first.story() - 1 : e.story();
            edited.add(e.line() == photoLine ? new ExplicitReading.Entry(e.line(), story, "paragraph") : new ExplicitReading.Entry(e.line(), story, e.role(), e.parts(), e.joins()));
        }

        ImportService.Preview again = service.previewReading(PAGE, edited, false, NothingLostTest.REPORTER);
        ImportService.Imported done = service.importPage(PAGE, "2031-03-14", 3, NothingLostTest.REPORTER, false, null, edited);

        List<List<String>> drafts = done.articles().stream().map(a -> log.article(a.id()).orElseThrow().importDoubts()).toList();
        assertThat(again.drafts().articles().stream().map(ImportedArticle::storedDoubts).toList()).isEqualTo(drafts);
        assertThat(drafts).noneMatch(d -> d.contains(PageImporter.NO_FILE_YET));
        assertThat(ids.get()).as("the dry run made no draft").isEqualTo(done.articles().size());
    }
}
