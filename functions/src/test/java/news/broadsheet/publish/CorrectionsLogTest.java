package news.broadsheet.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import news.broadsheet.article.Article;
import news.broadsheet.article.Correction;
import news.broadsheet.article.CorrectionType;
import news.broadsheet.fakes.FakeNewsroom;
import org.junit.jupiter.api.Test;

/**
 * The site-wide corrections log is appended in the commit of the publication that first shows an
 * entry, and {@code /corrections/} is rendered from its newest lines: never from the articles' drafts,
 * never from a scan of the archive.
 */
class CorrectionsLogTest {
    final FakeNewsroom paper = new FakeNewsroom();

    void log(String id, CorrectionType type, String note, String at) {
        Article a = paper.articles.find(id).orElseThrow();
        paper.articles.update(a.withCorrection(new Correction(a.corrections().size() + 1, type, note, at, "editor")), a);
    }

    @Test
    void anEntry_reachesTheLogAndThePage_onlyWithTheNextPublicationOfItsEdition_andOnce() {
        paper.layOut("2026-01-05", 1, List.of(List.of(paper.article("a1", "旧城改造启动"))));
        paper.publish("2026-01-05");
        assertThat(paper.site("corrections/index.html")).contains("暂无更正");

        log("a1", CorrectionType.CORRECTION, "本文原称改造三条街巷，现更正为三十条。", "2026-01-05T09:00:00.000Z");
        assertThat(paper.published.latestCorrections(10)).as("not before a publication").isEmpty();
        assertThat(paper.site("corrections/index.html")).doesNotContain("三十条");

        paper.publish("2026-01-05");
        paper.publish("2026-01-05");

        assertThat(paper.published.latestCorrections(10)).extracting(LoggedCorrection::note, LoggedCorrection::headline,
                        LoggedCorrection::url)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("本文原称改造三条街巷，现更正为三十条。", "旧城改造启动",
                        "/editions/2026-01-05/articles/a1/"));
        assertThat(paper.site("corrections/index.html")).contains("三十条", "旧城改造启动");
    }

    @Test
    void publishingAnotherEdition_keepsTheLogsPage_andAddsOnlyItsOwnNewEntries() {
        paper.layOut("2026-01-05", 1, List.of(List.of(paper.article("a1", "旧城改造启动"))));
        paper.layOut("2026-01-06", 2, List.of(List.of(paper.article("b1", "新桥合龙"))));
        paper.publish("2026-01-05");
        paper.publish("2026-01-06");
        log("a1", CorrectionType.CORRECTION, "第一条更正。", "2026-01-06T01:00:00.000Z");
        log("b1", CorrectionType.CLARIFICATION, "新桥说明。", "2026-01-06T02:00:00.000Z");
        paper.publish("2026-01-05");

        paper.publish("2026-01-06");

        String page = paper.site("corrections/index.html");
        assertThat(page).contains("第一条更正。", "新桥说明。");
        assertThat(page.indexOf("新桥说明。")).as("newest first").isLessThan(page.indexOf("第一条更正。"));
        assertThat(paper.published.latestCorrections(10)).hasSize(2);
    }

    @Test
    void newlyShown_isWhatTheCommittedSnapshotDidNotShow() {
        Correction one = new Correction(1, CorrectionType.CORRECTION, "一", "2026-01-05T01:00:00.000Z", null);
        Correction two = new Correction(2, CorrectionType.RETRACTION, "二", "2026-01-05T02:00:00.000Z", null);
        paper.layOut("2026-01-05", 1, List.of(List.of(paper.article("a1", "旧城改造启动"))));
        Article a = paper.articles.find("a1").orElseThrow().withCorrection(one).withCorrection(two);
        var content = news.broadsheet.render.EditionContent.of(paper.editions.find("2026-01-05").orElseThrow(),
                java.util.Map.of("a1", a), x -> true);
        PublishedArticle shownWithOne = new PublishedArticle("a1", 1, 1, "k", null, null, "旧城改造启动", null, List.of(), null, null,
                "d", null, List.of(one));
        Snapshot before = new Snapshot("2026-01-05", 1, List.of(new PublishedPage(1, "要闻", List.of(shownWithOne))), java.util.Map.of());

        assertThat(Corrections.newlyShown(content, null)).extracting(LoggedCorrection::number).containsExactly(1, 2);
        assertThat(Corrections.newlyShown(content, before)).extracting(LoggedCorrection::number).containsExactly(2);
    }
}
