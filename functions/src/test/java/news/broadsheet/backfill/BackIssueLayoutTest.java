package news.broadsheet.backfill;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import news.broadsheet.edition.EditionPage;
import org.junit.jupiter.api.Test;

/** A back issue's layout grows file by file; a file sent again adds nothing. */
class BackIssueLayoutTest {
    static EditionPage page(int n, String name, String... ids) {
        return new EditionPage(n, name, List.of(ids));
    }

    @Test
    void aNewEdition_takesTheFilesPages() {
        assertThat(BackIssueLayout.merge(List.of(), List.of(page(2, "城事", "a", "b"))))
                .containsExactly(page(2, "城事", "a", "b"));
    }

    @Test
    void anotherPagesFile_addsItsPage_inPageOrder() {
        assertThat(BackIssueLayout.merge(List.of(page(2, "城事", "c")), List.of(page(1, "要闻", "a", "b"))))
                .containsExactly(page(1, "要闻", "a", "b"), page(2, "城事", "c"));
    }

    @Test
    void theSameFileAgain_changesNothing() {
        List<EditionPage> laid = List.of(page(1, "要闻", "a", "b"), page(2, "城事", "c"));
        assertThat(BackIssueLayout.merge(laid, List.of(page(1, "要闻", "a", "b")))).isEqualTo(laid);
    }

    @Test
    void aPageInTwoFiles_keepsItsArticlesAndGainsTheOthersAtItsEnd_namedByTheLaterFile() {
        assertThat(BackIssueLayout.merge(List.of(page(3, "第3版", "a")), List.of(page(3, "文体", "b", "a"))))
                .containsExactly(page(3, "文体", "a", "b"));
    }
}
