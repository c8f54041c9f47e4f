package news.broadsheet.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import news.broadsheet.article.Article;
import news.broadsheet.article.ArticleInput;
import news.broadsheet.article.ArticleInputBuilder;
import news.broadsheet.article.Block;
import news.broadsheet.auth.Principal;
import news.broadsheet.auth.Role;
import news.broadsheet.fakes.InMemoryImportLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every printed character of a page ends up, in order, in exactly one stored article's fields or in
 * unassigned: checked on what the import service stored, by {@link StoredText}, not on the trace.
 */
class NothingLostTest {
    static final Principal REPORTER = new Principal("reporter", Set.of(Role.REPORTER));

    /** What one import stored, with the report beside it. */
    record Stored(List<Article> articles, ImportService.Imported imported) {
        List<StoredText.Segment> segments() {
            List<Boolean> generated = imported.result().articles().stream()
                    .map(a -> a.unsure().stream().anyMatch(u -> u.contains("headline generated"))).toList();
            return StoredText.segments(articles, generated, imported.result().unassigned());
        }
    }

    static Stored importAndStore(String page) {
        InMemoryImportLog log = new InMemoryImportLog();
        AtomicInteger ids = new AtomicInteger();
        ImportService service = new ImportService(log, Clock.fixed(Instant.parse("2031-03-14T08:00:00Z"), ZoneOffset.UTC),
                () -> "a" + ids.incrementAndGet());
        ImportService.Imported imported = service.importPage(page, "2031-03-14", 2, REPORTER);
        return new Stored(new ArrayList<>(log.drafts), imported);
    }

    static Stored assertNothingLost(String page) {
        Stored stored = importAndStore(page);
        assertThat(StoredText.mismatch(page, stored.segments())).as(page).isEmpty();
        return stored;
    }

    @Test
    void theSeedPage_losesNothing() {
        assertNothingLost(SeedPage.load().text);
    }

    @Test
    void theCheck_catchesAFieldWhoseTextWasReversed() {
        String page = "老街夜市重新开张\n\n本报讯 老街夜市昨晚重新开张，摊位一百二十个。\n\n记者 林小雨\n";
        Stored stored = assertNothingLost(page);
        Article a = stored.articles().get(0);
        String text = a.body().get(0).text();
        ArticleInput in = a.editable();
        Article mutated = Article.create(a.id(), ArticleInputBuilder.builder().headline(in.headline()).kicker(in.kicker())
                .subheadline(in.subheadline()).column(in.column()).byline(in.byline())
                .dateline(in.dateline())
                .body(List.of(Block.paragraph(new StringBuilder(text).reverse().toString())))
                .edition(in.edition()).page(in.page()).tags(in.tags()).slug(in.slug())
                .status(in.status()).build(), a.status(), a.createdAt(), a.createdBy());
        Stored broken = new Stored(List.of(mutated), stored.imported());
        assertThat(StoredText.mismatch(page, broken.segments())).hasValueSatisfying(m -> assertThat(m).contains("老街夜市昨晚"));
    }

    @Test
    void theCheck_catchesADroppedCreditWord() {
        String page = "图为新开的社区食堂里，老人们在就餐。林小雨 摄\n";
        Stored stored = importAndStore(page);
        List<StoredText.Segment> withoutCreditWord = stored.segments().stream()
                .map(s -> s.field().equals("credit") ? new StoredText.Segment(s.text().replace("摄", ""), s.article(), s.order(), s.field()) : s)
                .toList();
        assertThat(StoredText.mismatch(page, withoutCreditWord)).isPresent();
    }

    static LongStream seeds() {
        return LongStream.range(0, 250);
    }

    @ParameterizedTest(name = "clean page {0}")
    @MethodSource("seeds")
    void generatedPages_loseNothing_andSplitIntoTheirArticles(long seed) {
        PageGenerator page = PageGenerator.page(seed, false);
        Stored stored = assertNothingLost(page.text);
        assertThat(stored.articles()).as(page.text).hasSize(page.articles);
        assertThat(stored.imported().result().unassigned()).as(page.text).isEmpty();
        for (int i = 0; i < page.articles; i++) {
            if (page.headlines.get(i) != null) {
                assertThat(stored.articles().get(i).headline()).as(page.text).isEqualTo(page.headlines.get(i));
            }
            assertThat(stored.articles().get(i).headline()).as(page.text).doesNotEndWith("。");
        }
    }

    /**
     * Two head lines with no indent to tell them apart may be 引题 + 主题 or 主题 + 副题; where the importer
     * says it read them one way and its head-group rule the other, an editor is asked, and either reading is fair.
     */
    private static boolean headGroupDoubted(ImportedArticle a) {
        return a.unsure().stream().anyMatch(u -> u.startsWith("two head lines read as"));
    }

    @ParameterizedTest(name = "line-per-paragraph page {0}")
    @MethodSource("seeds")
    void linePerParagraphPages_loseNothing_andSplitIntoTheirArticles(long seed) {
        PageGenerator page = PageGenerator.page(seed, seed % 2 == 0, true);
        Stored stored = assertNothingLost(page.text);
        assertThat(stored.imported().result().layout().kind()).as(page.text).isEqualTo(news.broadsheet.importer.rules.LayoutRule.Kind.LINE_PER_PARAGRAPH);
        if (seed % 2 == 1) {
            assertThat(stored.articles()).as(page.text).hasSize(page.articles);
            for (int i = 0; i < page.articles; i++) {
                if (page.headlines.get(i) != null && !headGroupDoubted(stored.imported().result().articles().get(i))) {
                    assertThat(stored.articles().get(i).headline()).as(page.text).isEqualTo(page.headlines.get(i));
                }
            }
        }
    }

    @ParameterizedTest(name = "noisy page {0}")
    @MethodSource("seeds")
    void noisyPages_loseNothing(long seed) {
        String page = PageGenerator.page(seed, true).text;
        if (seed % 4 == 0) {
            // Some exports arrive as GB18030 bytes: decoded as the route decodes them, then checked against the page.
            String decoded = PageDecoder.decode(page.getBytes(Charset.forName("GB18030")), "gb18030");
            Stored stored = importAndStore(decoded);
            assertThat(StoredText.mismatch(page, stored.segments())).as(page).isEmpty();
        } else {
            assertNothingLost(page);
        }
    }

    @ParameterizedTest(name = "jumped pair {0}")
    @MethodSource("seeds")
    void storiesJumpingFromPage1ToPage2_loseNothing_andBecomeOneArticleEach(long seed) {
        // Two generated pages whose jump notes all point at each other: page 1 sends on to 2, page 2 continues from 1.
        String first = PageGenerator.page(seed, seed % 3 == 0).text.replaceAll("\\(下转第\\d+版\\)", "(下转第2版)");
        String second = PageGenerator.page(seed + 1_000, seed % 3 == 1).text.replaceAll("\\(上接第\\d+版\\)", "(上接第1版)");
        int jumps = Math.min(count(first, "(下转第2版)"), count(second, "(上接第1版)"));
        InMemoryImportLog log = new InMemoryImportLog();
        AtomicInteger ids = new AtomicInteger();
        ImportService service = new ImportService(log, Clock.fixed(Instant.parse("2031-03-14T08:00:00Z"), ZoneOffset.UTC),
                () -> "a" + ids.incrementAndGet());
        ImportService.Imported one = service.importPage(first, "2031-03-14", 1, REPORTER);
        ImportService.Imported two = service.importPage(second, "2031-03-14", 2, REPORTER);

        assertThat(two.record().joined()).as(first + second).hasSize(jumps);
        assertThat(log.drafts).hasSize(one.articles().size() + two.articles().size());
        assertThat(log.drafts.stream().filter(a -> a.printPages() != null)).hasSize(jumps);
        java.util.Map<String, Boolean> generated = new java.util.HashMap<>();
        for (ImportService.Imported done : List.of(one, two)) {
            for (int i = 0; i < done.placed().size(); i++) {
                generated.putIfAbsent(done.placed().get(i).id(), done.result().articles().get(i).headlineGenerated());
            }
        }
        List<String> unassigned = new ArrayList<>(one.result().unassigned());
        unassigned.addAll(two.result().unassigned());
        List<StoredText.Segment> segments = StoredText.segments(log.drafts,
                log.drafts.stream().map(a -> generated.get(a.id())).toList(), unassigned);
        assertThat(StoredText.mismatch(first + second, segments)).as(first + second).isEmpty();
    }

    private static int count(String text, String note) {
        return text.split(java.util.regex.Pattern.quote(note), -1).length - 1;
    }

    @Test
    void aPageWithNoHeadline_becomesOneUnsortedDraftHoldingAllTheText() {
        String page = "第一段没有标题，只有正文。\n\n第二段也是正文，继续叙述。\n";
        ImportResult result = PageImporter.read(page);
        assertThat(result.unsorted()).isTrue();
        assertThat(result.articles()).singleElement().satisfies(a -> {
            assertThat(a.article().headline()).isEqualTo(PageImporter.UNSORTED_HEADLINE);
            assertThat(a.article().tags()).containsExactly("unsorted");
            assertThat(a.article().body()).hasSize(2);
        });
        assertNothingLost(page);
    }
}
