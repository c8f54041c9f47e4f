package news.broadsheet.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import news.broadsheet.edition.EditionStore.EditionSummary;
import news.broadsheet.fakes.FakeNewsroom;
import news.broadsheet.render.EditionContent;
import news.broadsheet.render.RenderedFile;
import org.junit.jupiter.api.Test;

/**
 * The page drill: the site-wide pages are declared once ({@code SiteRenderer.site}), so publishing an
 * edition, refreshing the site, taking an edition down and the static export all render the same
 * ones. Each path's own extras (the edition's files, neighbours' views, archive months, the sitemap
 * index) are set aside; what is left must be the same set of keys.
 */
class SiteWidePagesTest {
    /** What is not a site-wide page: an edition's own files, an archive month, the sitemap index (each written by the archive's updater). */
    static final Pattern NOT_SITE_WIDE = Pattern.compile("editions/.*|archive/\\d{4}-\\d{2}/index\\.html|sitemap\\.xml");

    final FakeNewsroom paper = new FakeNewsroom();

    static Set<String> pages(List<RenderedFile> files) {
        Set<String> keys = new TreeSet<>();
        files.stream().map(RenderedFile::key).filter(k -> !NOT_SITE_WIDE.matcher(k).matches()).forEach(keys::add);
        return keys;
    }

    @Test
    void publish_refresh_takeDown_andExport_renderTheSameSiteWidePages() {
        paper.article("a1", "旧城改造启动");
        paper.layOut("2026-01-05", 1, List.of(List.of("a1")));
        paper.publish("2026-01-05");
        paper.article("b1", "新桥合龙");
        paper.layOut("2026-01-06", 2, List.of(List.of("b1")));
        paper.publish("2026-01-06");
        SiteRecord site = paper.published.site();
        PublishedEdition latest = paper.published.find("2026-01-06").orElseThrow();
        Snapshot snapshot = paper.published.snapshot(latest);
        EditionContent content = Snapshots.content(snapshot);
        ArchiveUpdate archive = new ArchiveUpdate(paper.published, paper.renderer, paper.bucket);
        SiteAssembly assembly = new SiteAssembly(paper.published, paper.renderer, archive);

        Set<String> publish = pages(assembly.publishing(content, snapshot, site, latest, List.of(), List.of(), SiteAssembly.SitePages.ALL).siteFiles());
        Set<String> refresh = pages(assembly.refreshing(site).siteFiles());
        Set<String> takeDown = pages(new TakeDown(paper.published, paper.renderer, archive).render(latest, Map.of(), site, List.of()).files());
        List<RenderedFile> exported = new ArrayList<>(paper.renderer.assets());
        exported.addAll(paper.renderer.global(content, List.of(new EditionSummary("2026-01-05", 1, "t"),
                new EditionSummary("2026-01-06", 2, "t"))));
        Set<String> export = pages(exported);

        assertThat(publish).contains("index.html", "feed.xml", "archive/index.html", "corrections/index.html", "404.html");
        assertThat(refresh).as("refresh").isEqualTo(publish);
        assertThat(takeDown).as("take-down").isEqualTo(publish);
        assertThat(export).as("static export").isEqualTo(publish);
    }
}
