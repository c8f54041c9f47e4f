package news.broadsheet.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import news.broadsheet.fakes.FakeNewsroom;
import news.broadsheet.render.SiteRenderer;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** The Atom feed as publications leave it: the last seven editions' articles, from committed snapshots, read within a bound. */
class FeedPublishingTest {
    final FakeNewsroom paper = new FakeNewsroom();

    /** Failure: the feed carried only the latest edition, so a reader who missed a day missed its stories. */
    @Test
    void feed_carriesTheLastSevenEditionsArticles_newestFirst() throws Exception {
        publishDays(1, 9);

        List<String> ids = entryIds(paper.site("feed.xml"));

        assertThat(ids).containsExactly(
                url(9, "a"), url(9, "b"), url(8, "a"), url(8, "b"), url(7, "a"), url(7, "b"), url(6, "a"), url(6, "b"),
                url(5, "a"), url(5, "b"), url(4, "a"), url(4, "b"), url(3, "a"), url(3, "b"));
    }

    @Test
    void republishingAnOlderEdition_keepsTheFeedOnTheNewestSeven() throws Exception {
        publishDays(1, 9);
        String before = paper.site("feed.xml");

        paper.publish(date(1));

        assertThat(paper.site("feed.xml")).isEqualTo(before);
    }

    @Test
    void takingTheNewestEditionDown_bringsTheEighthNewestBackIntoTheFeed() throws Exception {
        publishDays(1, 9);

        paper.takeDown(date(9));

        List<String> ids = entryIds(paper.site("feed.xml"));
        assertThat(ids).doesNotContain(url(9, "a")).contains(url(2, "a"), url(2, "b")).doesNotContain(url(1, "a"));
        assertThat(ids).hasSize(14);
    }

    /** The feed must not read the whole archive: the same snapshot reads after 9 editions as after 29. */
    @Test
    void publishingOneEdition_readsABoundedNumberOfSnapshots_howeverLongTheArchive() {
        publishDays(1, 9);
        paper.published.snapshotReads.set(0);
        publishDays(10, 10);
        int afterTen = paper.published.snapshotReads.get();
        publishDays(11, 29);
        paper.published.snapshotReads.set(0);
        publishDays(30, 30);

        assertThat(paper.published.snapshotReads.get()).isEqualTo(afterTen)
                .isLessThanOrEqualTo(SiteRenderer.FEED_EDITIONS + 2);
    }

    private void publishDays(int from, int to) {
        for (int d = from; d <= to; d++) {
            paper.layOut(date(d), d, List.of(List.of(paper.article("a" + d, "第" + d + "天要闻"), paper.article("b" + d, "第" + d + "天城事"))));
            assertThat(paper.publish(date(d)).status()).isEqualTo(Publication.SUCCEEDED);
        }
    }

    private static String date(int day) {
        return LocalDate.of(2026, 1, 1).plusDays(day - 1).toString();
    }

    private static String url(int day, String prefix) {
        return "https://paper.example/editions/" + date(day) + "/articles/" + prefix + day + "/";
    }

    static List<String> entryIds(String feed) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(feed.getBytes(StandardCharsets.UTF_8)));
        NodeList entries = doc.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < entries.getLength(); i++) {
            ids.add(((org.w3c.dom.Element) entries.item(i)).getElementsByTagNameNS("http://www.w3.org/2005/Atom", "id")
                    .item(0).getTextContent());
        }
        return ids;
    }
}
