package news.broadsheet.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import news.broadsheet.fakes.FakeNewsroom;
import org.junit.jupiter.api.Test;

/** What readers see of an edition is read from the committed publication, not from the layout as it stands. */
class OnSiteTest {
    static final String DATE = "2026-01-05";
    final FakeNewsroom paper = new FakeNewsroom();

    @Test
    void anEditionNeverPublished_isNotOnTheSite() {
        paper.article("a1", "新桥合龙");
        paper.layOut(DATE, 1, List.of(List.of("a1")));

        assertThat(OnSite.of(paper.published, DATE)).isEmpty();
    }

    @Test
    void aPublishedEdition_listsEachStoryAsItWentOut_notAsItWasChangedSince() {
        paper.article("a1", "新桥合龙");
        paper.article("a2", "老街改造");
        paper.layOut(DATE, 1, List.of(List.of("a1"), List.of("a2")));
        paper.publish(DATE);
        paper.retitle("a1", "新桥今日合龙", null);
        paper.layOut(DATE, 1, List.of(List.of("a1")));

        OnSite onSite = OnSite.of(paper.published, DATE).orElseThrow();

        assertThat(onSite.articles()).extracting(OnSite.Story::id, OnSite.Story::page, OnSite.Story::headline)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a1", 1, "新桥合龙"),
                        org.assertj.core.groups.Tuple.tuple("a2", 2, "老街改造"));
        assertThat(onSite.publishedAt()).isNotNull();
        assertThat(onSite.committedAt()).isNotNull();
    }

    @Test
    void anEditionTakenDown_isNotOnTheSite() {
        paper.article("a1", "新桥合龙");
        paper.layOut(DATE, 1, List.of(List.of("a1")));
        paper.publish(DATE);
        paper.takeDown(DATE);

        assertThat(OnSite.of(paper.published, DATE)).isEmpty();
    }

    /**
     * The 版面 PDFs readers can open are those the committed manifest holds under {@code print/}, each with the
     * SHA-256 of its bytes: a 版面 with none on the site is not listed (a republication adds its PDF, it does not
     * replace one), nor a PDF a republication removed, nor the images or the whole edition's PDF.
     */
    @Test
    void thePrintsOnTheSite_areThePagePdfsOfTheCommittedManifest() {
        String one = "3a7bd3e2360a" + "0".repeat(52);
        String three = "9f00aa11bb22" + "1".repeat(52);
        java.util.Map<String, ManifestEntry> files = new java.util.TreeMap<>(java.util.Map.of(
                "editions/" + DATE + "/print/1.3a7bd3e2360a.pdf", new ManifestEntry(one, "application/pdf", "x"),
                "editions/" + DATE + "/print/1.phone-828w.3a7bd3e2360a.webp", new ManifestEntry("e".repeat(64), "image/webp", "x"),
                "editions/" + DATE + "/print/edition.5555aaaa5555.pdf", new ManifestEntry("f".repeat(64), "application/pdf", "x"),
                "editions/" + DATE + "/print/2.0123456789ab.pdf", ManifestEntry.REMOVED,
                "editions/" + DATE + "/print/3.9f00aa11bb22.pdf", new ManifestEntry(three, "application/pdf", "x"),
                "editions/" + DATE + "/1/index.html", new ManifestEntry("d".repeat(64), "text/html", "x")));

        List<OnSite.Print> prints = OnSite.prints(new Snapshot(DATE, 7, List.of(), files));

        assertThat(prints).containsExactly(new OnSite.Print(1, one), new OnSite.Print(3, three));
    }
}
