package news.broadsheet.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import news.broadsheet.article.Article;
import news.broadsheet.article.ArticleBuilder;
import news.broadsheet.article.Block;
import news.broadsheet.edition.EditionStore.EditionSummary;
import org.junit.jupiter.api.Test;

class SiteRendererTest {
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String ATTRIBUTE = "\"><img src=x onerror=alert(1)>";
    final SiteRenderer renderer = SiteRenderer.create("城市日报", "https://paper.example", ZoneId.of("Asia/Shanghai"));

    static Map<String, String> byKey(List<RenderedFile> files) {
        return files.stream().collect(Collectors.toMap(RenderedFile::key, f -> new String(f.bytes(), StandardCharsets.UTF_8)));
    }

    @Test
    void hostileTextInHeadlineAndBody_isRenderedAsText_everywhere() {
        Article hostile = Fixtures.article("a1", SCRIPT + ATTRIBUTE, 1, List.of(Block.paragraph(ATTRIBUTE + SCRIPT),
                Block.image("/media/x.jpg", ATTRIBUTE, SCRIPT)));
        EditionContent content = Fixtures.edition(Fixtures.articles(hostile));
        List<RenderedFile> files = new java.util.ArrayList<>(renderer.edition(content, null, null));
        files.addAll(renderer.global(content, List.of(new EditionSummary("2026-01-05", 24567, "t"))));

        for (RenderedFile f : files) {
            String text = new String(f.bytes(), StandardCharsets.UTF_8);
            assertThat(text).as(f.key()).doesNotContain("<script>alert").doesNotContain("<img src=x");
        }
        String page = byKey(files).get("editions/2026-01-05/articles/a1/index.html");
        assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(page).containsIgnoringCase("\\u003cscript\\u003ealert(1)");
    }

    /** The importer's doubts are the newsroom's: no published file (page, lists, feeds, search) carries them. */
    @Test
    void anArticlesImportDoubts_areInNoPublishedFile() {
        String doubt = "this story was opened at 「夜市延长营业」; it may be an intertitle of the story before";
        Article doubted = Fixtures.article("a1", "夜市延长营业", 1, List.of(Block.paragraph("老城夜市从本周五起延长营业。")))
                .withImportDoubts(List.of(doubt));
        EditionContent content = Fixtures.edition(Fixtures.articles(doubted));
        List<RenderedFile> files = new java.util.ArrayList<>(renderer.edition(content, null, null));
        files.addAll(renderer.global(content, List.of(new EditionSummary("2026-01-05", 24567, "t"))));

        assertThat(byKey(files)).containsKey("editions/2026-01-05/articles/a1/index.html");
        for (RenderedFile f : files) {
            assertThat(new String(f.bytes(), StandardCharsets.UTF_8)).as(f.key()).doesNotContain("intertitle of the story", "importDoubts");
        }
    }

    @Test
    void aContinuationNoteNamingThePageTheStoryIsOn_isNotALinkToItself() {
        // The story's start ran in another edition: 上接第1版 on page 1 names a page that is not its start's.
        Article one = Fixtures.article("a1", "社区食堂上新", 1, List.of(Block.note("(上接第1版)"), Block.paragraph("食堂推出新菜。")));
        Article two = Fixtures.article("a2", "老街夜市开张", 2, List.of(Block.paragraph("夜市昨晚开张。")));
        Map<String, String> files = byKey(renderer.edition(Fixtures.edition(Fixtures.articles(one, two)), null, null));

        String first = files.get("editions/2026-01-05/articles/a1/index.html");
        assertThat(first).contains("(上接第1版)").doesNotContain("<a href=\"/editions/2026-01-05/pages/1/\">(上接第1版)</a>");
    }

    @Test
    void anArticlePage_showsTheHeadlineGroupBylineDatelineAndNeighbours() {
        Article one = Fixtures.article("a1", "老街夜市开张", 1, List.of(Block.paragraph("夜市昨晚开张。"), Block.intertitle("人气旺"),
                Block.paragraph("摊主们说生意好。")));
        Article two = Fixtures.article("a2", "社区食堂上新", 2, List.of(Block.note("(上接第1版)"), Block.paragraph("食堂推出新菜。")));
        Map<String, String> files = byKey(renderer.edition(Fixtures.edition(Fixtures.articles(one, two)), null, null));

        String first = files.get("editions/2026-01-05/articles/a1/index.html");
        assertThat(first).contains("<html lang=\"zh-CN\">", "<h1>老街夜市开张</h1>", "<p class=\"kicker\">引题a1</p>",
                "<p class=\"byline\">记者 林小雨</p>", "<span class=\"dateline\">本报讯</span>夜市昨晚开张。", "<h2>人气旺</h2>",
                "rel=\"next\" href=\"/editions/2026-01-05/articles/a2/\"", "href=\"/editions/2026-01-05/pages/1/\"",
                "<link rel=\"canonical\" href=\"https://paper.example/editions/2026-01-05/articles/a1/\">",
                "\"@type\":\"NewsArticle\"");
        String second = files.get("editions/2026-01-05/articles/a2/index.html");
        assertThat(second).contains("<a href=\"/editions/2026-01-05/pages/1/\">(上接第1版)</a>", "rel=\"prev\"");
        assertThat(files).containsKeys("editions/2026-01-05/index.html", "editions/2026-01-05/pages/1/index.html",
                "editions/2026-01-05/pages/2/index.html", "editions/2026-01-05/sitemap.xml");
    }

    @Test
    void aTeaser_showsThe副题AsASubheadline_notInThe引题sStyle() {
        Article base = Fixtures.article("a1", "老街夜市开张", 1, List.of(Block.paragraph("夜市昨晚开张。")));
        Article withDeck = ArticleBuilder.builder().id(base.id()).headline(base.headline()).kicker("引题文字").subheadline("副题文字")
                .byline(base.byline()).dateline(base.dateline()).body(base.body())
                .edition(base.edition()).page(base.page()).tags(base.tags()).status(base.status())
                .version(1).createdAt("t").updatedAt("t").createdBy("e").updatedBy("e").writeSeq(1L).build();
        Map<String, String> files = byKey(renderer.edition(Fixtures.edition(Fixtures.articles(withDeck)), null, null));

        for (String key : List.of("editions/2026-01-05/index.html", "editions/2026-01-05/pages/1/index.html")) {
            assertThat(files.get(key)).as(key).contains("<p class=\"kicker\">引题文字</p>", "<p class=\"subheadline\">副题文字</p>")
                    .doesNotContain("<p class=\"kicker\">副题文字</p>");
        }
    }

    @Test
    void rendering_isByteForByteTheSameInAnotherJvm_withAnotherDefaultZoneAndLocale() throws Exception {
        Map<String, String> here = RenderedDigests.digests();
        // A second JVM has other identity hash codes (so other HashMap orders of objects) and, here,
        // another default time zone and locale: anything but the content leaking into the bytes shows.
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.timezone=America/New_York", "-Duser.language=en", "-Duser.country=US", "-Dfile.encoding=ISO-8859-1",
                "-cp", System.getProperty("java.class.path"), RenderedDigests.class.getName())
                .redirectErrorStream(true).start();
        String output = new String(other.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(other.waitFor()).as(output).isZero();
        Map<String, String> there = new TreeMap<>();
        output.lines().map(line -> line.split("\t")).forEach(kv -> there.put(kv[0], kv[1]));

        assertThat(here).hasSizeGreaterThan(5);
        assertThat(there).isEqualTo(here);
    }

    @Test
    void aChangedArticle_showsTheUpdateWithItsTimeInThePapersZone() {
        Article corrected = Fixtures.article("a1", "老街夜市开张", 1, List.of(Block.paragraph("夜市昨晚开张。")))
                .asShown("2026-01-05T06:30:00Z");
        String page = byKey(renderer.edition(Fixtures.edition(Fixtures.articles(corrected)), null, null))
                .get("editions/2026-01-05/articles/a1/index.html");
        assertThat(page).contains("更新：本文于2026年1月5日 14:30更新。");
    }
}
