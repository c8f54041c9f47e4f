package news.broadsheet.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import news.broadsheet.importer.ExplicitReading.Entry;
import org.junit.jupiter.api.Test;

/**
 * Drafts made from an editor's reading keep the importer's doubts the reading did not settle: a story read as
 * the importer read it carries them, and one the editor changed says which doubts the change settled.
 */
class CarriedDoubtsTest {
    /** Sample text written for this test: a head group the importer reads with doubt, and a photo with its caption. */
    static final String PAGE = String.join("\n",
            "河堤步道今起分段开放",
            "李想",
            "沿河十二公里步道今天起分三段开放。",
            "",
            "老城夜市 王明",
            "",
            "夜市延长营业到十点",
            "老城夜市从本周五起延长营业。",
            "");

    /** The dry run's reading sent back as it is, as the desk does when the editor changes nothing. */
    static List<Entry> asRead(String page) {
        List<Entry> out = new ArrayList<>();
        for (LineReadings.LineReading l : LineReadings.of(page, PageImporter.read(page))) {
            out.add(new Entry(l.line(), l.story(), l.role(), l.parts(), l.joins()));
        }
        return out;
    }

    private static ImportResult fromReading(String page, List<Entry> reading) {
        return CarriedDoubts.carry(page, reading, ExplicitReading.assemble(page, reading));
    }

    @Test
    void aReadingSentBackUnchangedKeepsEveryDoubtOfTheImporter() {
        ImportResult guess = PageImporter.read(PAGE);
        List<String> doubts = guess.articles().stream().flatMap(a -> a.unsure().stream()).toList();
        assertThat(doubts).isNotEmpty();
        ImportResult made = fromReading(PAGE, asRead(PAGE));
        assertThat(made.articles()).hasSameSizeAs(guess.articles());
        for (int i = 0; i < guess.articles().size(); i++) {
            assertThat(made.articles().get(i).unsure()).containsAll(guess.articles().get(i).unsure());
        }
    }

    @Test
    void aDoubtTheEditorsChangeSettledIsSaidToBeSettled_notCarried() {
        ImportResult guess = PageImporter.read(PAGE);
        int doubted = 0;
        while (guess.articles().get(doubted).unsure().isEmpty()) {
            doubted++;
        }
        String doubt = guess.articles().get(doubted).unsure().get(0);
        // The editor reads the doubted story's head lines another way.
        List<Entry> reading = new ArrayList<>();
        for (Entry e : asRead(PAGE)) {
            boolean head = e.story() == doubted && !e.role().equals("paragraph");
            reading.add(head ? new Entry(e.line(), e.story(), e.role().equals("headline") ? "kicker" : "headline") : e);
        }
        ImportedArticle made = fromReading(PAGE, reading).articles().get(doubted);
        assertThat(made.unsure()).doesNotContain(doubt);
        assertThat(made.recognised()).contains(CarriedDoubts.SETTLED + doubt);
    }

    @Test
    void aPhotoWithoutItsFileIsADoubtOfTheDraftWhateverTheReading() {
        String page = String.join("\n", "市民在新开放的步道上散步。", "");
        ImportedArticle made = fromReading(page, List.of(new Entry(1, 0, "caption"))).articles().get(0);
        assertThat(made.unsure()).anyMatch(u -> u.startsWith("image has no file yet"));
        assertThat(made.recognised()).noneMatch(u -> u.contains("image has no file yet"));
    }
}
