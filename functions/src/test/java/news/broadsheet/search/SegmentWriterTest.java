package news.broadsheet.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class SegmentWriterTest {
    private static final String POOL = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而"
            + "ABCxyz0123456789，。、（）\uD842\uDFB7𠮷";

    private static SearchDoc doc(String date, String headline, String body) {
        return new SearchDoc("/editions/" + date + "/articles/x/", headline, date, "第1版 要闻", headline + "\n" + body);
    }

    @Test
    void everySubstringOfEveryDoc_findsExactlyTheDocsThatContainIt() {
        Random rng = new Random(7);
        List<SearchDoc> docs = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            StringBuilder body = new StringBuilder();
            for (int c = 0; c < 300; c++) {
                body.append(POOL.charAt(rng.nextInt(POOL.length())));
            }
            docs.add(doc(i < 30 ? "2026-01-06" : "2026-01-05", "标题" + i, body.toString()));
        }
        Segment segment = SegmentWriter.write("search/", docs);
        SegmentSearch search = new SegmentSearch(segment);
        for (int trial = 0; trial < 600; trial++) {
            SearchDoc from = docs.get(rng.nextInt(docs.size()));
            int len = 2 + rng.nextInt(6);
            int at = rng.nextInt(from.text().length() - len);
            String query = from.text().substring(at, at + len);
            if (query.indexOf('\n') >= 0) {
                continue;
            }
            Set<Integer> expected = new TreeSet<>();
            for (int d = 0; d < docs.size(); d++) {
                if (SearchText.fold(docs.get(d).text()).contains(SearchText.fold(query))) {
                    expected.add(d);
                }
            }
            assertThat(search.find(query)).as(query).isEqualTo(expected);
        }
    }

    @Test
    void fullWidthAndCase_areFolded_andMixedRunsAreFound() {
        Segment segment = SegmentWriter.write("search/", List.of(
                doc("2026-01-05", "医保目录新增２６５个病种", "ＡＢＣ公司与Broadsheet合作。"),
                doc("2026-01-05", "别的", "无关的文字")));
        SegmentSearch search = new SegmentSearch(segment);
        assertThat(search.find("265个病种")).containsExactly(0);
        assertThat(search.find("abc公司")).containsExactly(0);
        assertThat(search.find("BROADSHEET")).containsExactly(0);
        assertThat(search.find("个病")).containsExactly(0);
    }

    @Test
    void aMatchNeverSpansTwoFields() {
        Segment segment = SegmentWriter.write("search/", List.of(doc("2026-01-05", "城南供暖", "启动了")));
        assertThat(new SegmentSearch(segment).find("暖启")).isEmpty();
        assertThat(new SegmentSearch(segment).find("供暖")).containsExactly(0);
    }

    @Test
    void editionsAreRecordedInDocOrder_andChunksHoldTheText() {
        String body = "长".repeat(SegmentWriter.CHUNK + 10);
        Segment segment = SegmentWriter.write("editions/2026-01-06/search/", List.of(
                doc("2026-01-06", "甲", body), doc("2026-01-06", "乙", "短"), doc("2026-01-05", "丙", "短")));
        assertThat(segment.path()).matches("editions/2026-01-06/search/[0-9a-f]{12}/");
        assertThat(segment.editions()).containsExactly(new Segment.EditionDocs("2026-01-06", 0, 2),
                new Segment.EditionDocs("2026-01-05", 2, 1));
        SegmentSearch search = new SegmentSearch(segment);
        assertThat(search.text(0, 0) + search.text(0, 1)).isEqualTo("甲\n" + body);
    }

    @Test
    void sameDocs_sameFiles_soARepublishUploadsNothing() {
        List<SearchDoc> docs = List.of(doc("2026-01-05", "城南供暖", "启动了"));
        assertThat(SegmentWriter.write("search/", docs).path()).isEqualTo(SegmentWriter.write("search/", docs).path());
    }

    @Test
    void shardCount_growsWithTheIndex_inPowersOfTwo() {
        assertThat(SegmentWriter.shardCount(10)).isEqualTo(1);
        assertThat(SegmentWriter.shardCount(SegmentWriter.TARGET_SHARD_BYTES * 3)).isEqualTo(4);
        assertThat(SegmentWriter.shardCount(Integer.MAX_VALUE)).isEqualTo(SegmentWriter.MAX_SHARDS);
    }
}
