package news.broadsheet.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Which image sources have a file: the one rule the API's preflight and the publisher share. */
class PreflightsTest {
    /** The bucket holds these keys, among them one outside media/. */
    static final Set<String> BUCKET = Set.of("media/heating.jpg", "media/1a2b/640w.0123456789ab.webp", "index.html", "images/old.jpg");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "/media/heating.jpg                    | true",
            "/media/1a2b/640w.0123456789ab.webp    | true",
            "/media/missing.jpg                    | false",
            "/media/                               | false",
            "/images/old.jpg                       | false",
            "/index.html                           | false",
            "https://photos.example/a.jpg          | true",
            "http://photos.example/a.jpg           | true",
    })
    void imageFiles(String src, boolean hasFile) {
        List<String> asked = new ArrayList<>();
        Predicate<String> bucket = key -> {
            asked.add(key);
            return BUCKET.contains(key);
        };

        assertThat(Preflights.imageFiles(bucket).test(src)).isEqualTo(hasFile);
        assertThat(asked).allMatch(k -> k.startsWith(Preflights.MEDIA_PREFIX));   // the API's role may read nothing else
    }

    @Test
    void theBucketIsAskedOncePerSource_howeverManyBlocksNameIt() {
        news.broadsheet.fakes.FakeNewsroom paper = new news.broadsheet.fakes.FakeNewsroom();
        List<String> asked = new ArrayList<>();
        List<news.broadsheet.article.Block> body = List.of(news.broadsheet.article.Block.paragraph("换热站投入使用。"),
                news.broadsheet.article.Block.image("/media/x.jpg", "一", null),
                news.broadsheet.article.Block.image("/media/x.jpg", "二", null));
        paper.article("a1", "图片新闻", news.broadsheet.article.Status.READY, body);
        paper.article("a2", "图片新闻二", news.broadsheet.article.Status.READY, body);
        paper.layOut("2026-01-05", 1, List.of(List.of("a1", "a2")));
        Preflights preflights = new Preflights(paper.articles, Preflights.imageFiles(k -> asked.add(k) && false), ids -> java.util.Map.of());

        Preflight report = preflights.of(paper.editions.find("2026-01-05").orElseThrow(), paper.clock.instant());

        assertThat(asked).containsExactly("media/x.jpg");
        assertThat(report.skipped()).hasSize(4).allMatch(s -> s.reason() == Preflight.Reason.IMAGE_WITHOUT_FILE);
    }
}
