package news.broadsheet.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import news.broadsheet.search.Segment.EditionDocs;
import org.junit.jupiter.api.Test;

class SearchDirectoryTest {
    private static Segment segment(String path, EditionDocs... editions) {
        return new Segment(path, 4, List.of(editions), List.of());
    }

    @Test
    void aNewEdition_addsOneEntry_newestFirst_andKeepsTheOthersAsTheyWere() {
        SearchDirectory d = SearchDirectory.empty()
                .with(segment("search/aaa/", new EditionDocs("2026-01-02", 0, 3), new EditionDocs("2026-01-01", 3, 2)))
                .with(segment("editions/2026-01-03/search/bbb/", new EditionDocs("2026-01-03", 0, 5)));
        assertThat(d.segments()).extracting(SearchDirectory.Entry::path)
                .containsExactly("editions/2026-01-03/search/bbb/", "search/aaa/");
    }

    @Test
    void republishingAnEditionInsideAMergedSegment_masksItThere_withoutRewritingIt() {
        SearchDirectory d = SearchDirectory.empty()
                .with(segment("search/aaa/", new EditionDocs("2026-01-02", 0, 3), new EditionDocs("2026-01-01", 3, 2)))
                .with(segment("editions/2026-01-01/search/ccc/", new EditionDocs("2026-01-01", 0, 1)));
        assertThat(d.segments()).containsExactly(
                new SearchDirectory.Entry("search/aaa/", 4, List.of(new EditionDocs("2026-01-02", 0, 3))),
                new SearchDirectory.Entry("editions/2026-01-01/search/ccc/", 4, List.of(new EditionDocs("2026-01-01", 0, 1))));
    }

    @Test
    void anEditionTakenOff_leavesTheDirectory() {
        SearchDirectory d = SearchDirectory.empty()
                .with(segment("editions/2026-01-03/search/bbb/", new EditionDocs("2026-01-03", 0, 5)))
                .withoutEdition("2026-01-03");
        assertThat(d.segments()).isEmpty();
    }

    @Test
    void theDirectory_roundTripsThroughItsJson() {
        SearchDirectory d = SearchDirectory.empty()
                .with(segment("editions/2026-01-03/search/bbb/", new EditionDocs("2026-01-03", 0, 5)));
        assertThat(SearchDirectory.read(d.file().bytes())).isEqualTo(d);
        assertThat(new String(d.file().bytes(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(
                "{\"v\":1,\"segments\":[{\"path\":\"editions/2026-01-03/search/bbb/\",\"shards\":4,"
                        + "\"editions\":[{\"date\":\"2026-01-03\",\"first\":0,\"count\":5}]}]}");
    }
}
