package news.broadsheet.importer.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import news.broadsheet.importer.ImportResult;
import news.broadsheet.importer.PageImporter;
import org.junit.jupiter.api.Test;

/**
 * Real pages, in every export shape, leave nothing only in {@code unassigned} and put every
 * character in a draft. The corpus is read from the shared folder ({@code -Dbroadsheet.corpus}, by
 * default {@code ../../shared/corpus/people-daily} beside the project); every tenth page of each
 * month keeps the test short.
 */
class CorpusNothingLostTest {
    @Test
    void everyShapeOfARealPage_putsEveryCharacterInADraft() throws IOException {
        Path corpus = Path.of(System.getProperty("broadsheet.corpus", "../../shared/corpus/people-daily"));
        assumeTrue(Files.isDirectory(corpus), "the shared corpus is not beside the project");
        int pages = 0;
        for (String month : List.of("2019-02", "2020-01")) {
            // Only the pages tested are read: the month's other nine in ten were read and dropped before.
            for (CorpusPage page : CorpusPage.month(corpus.resolve(month), 10)) {
                for (CorpusPage.Shape shape : CorpusPage.Shape.values()) {
                    ImportResult result = PageImporter.read(PageScore.asImported(shape.join(page)));
                    assertThat(result.unassigned()).as(page.name() + " " + shape).isEmpty();
                    assertThat(PageScore.score(page, result).missing()).as(page.name() + " " + shape).isZero();
                }
                pages++;
            }
        }
        assertThat(pages).isGreaterThan(50);
    }

    @Test
    void aFlatPageReadBadly_saysWhereItDoubts_soNoWrongDraftPassesAsSure() throws IOException {
        Path corpus = Path.of(System.getProperty("broadsheet.corpus", "../../shared/corpus/people-daily"));
        assumeTrue(Files.isDirectory(corpus), "the shared corpus is not beside the project");
        int wrong = 0;
        int flagged = 0;
        for (CorpusPage page : CorpusPage.month(corpus.resolve("2020-01"), 5)) {
            PageScore s = PageScore.score(page, PageImporter.read(PageScore.asImported(CorpusPage.Shape.NO_INDENT.join(page))));
            wrong += s.drafts() - s.matched();
            flagged += s.wrongUnsure();
        }
        // Drafts that match no story (split or merged ones) carry a doubt, or stand beside one that does:
        // 81% over the whole held-out month (docs/importing.md); 42 of 2,167 drafts were unsure before. One
        // page in five: one in ten held about 13 wrong drafts, too few for a share (9 of 13 is under 70%).
        assertThat(wrong).isGreaterThan(0);
        assertThat(flagged).as(flagged + " of " + wrong + " wrong drafts flagged").isGreaterThanOrEqualTo((int) Math.ceil(wrong * 0.7));
    }
}
