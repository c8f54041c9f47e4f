package news.broadsheet.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import news.broadsheet.article.Article;
import news.broadsheet.article.Block;
import news.broadsheet.article.Status;
import news.broadsheet.edition.Edition;
import news.broadsheet.edition.EditionPage;
import news.broadsheet.edition.EditionStore.EditionSummary;
import news.broadsheet.media.Media;
import news.broadsheet.media.MediaVariant;
import org.junit.jupiter.api.Test;

class PictureRenderingTest {
    static final String PHOTO = "0b1f3c4d-1111-4222-8333-944455556666";
    static final String WAITING = "0b1f3c4d-1111-4222-8333-000000000000";
    final SiteRenderer renderer = SiteRenderer.create("城市日报", "https://paper.example", ZoneId.of("Asia/Shanghai"));

    static Media processed() {
        List<MediaVariant> variants = List.of(
                new MediaVariant("jpeg", 320, 240, 9_000, "media/" + PHOTO + "/320w.aaaaaaaaaaaa.jpg"),
                new MediaVariant("webp", 320, 240, 6_000, "media/" + PHOTO + "/320w.bbbbbbbbbbbb.webp"),
                new MediaVariant("jpeg", 640, 480, 30_000, "media/" + PHOTO + "/640w.cccccccccccc.jpg"),
                new MediaVariant("webp", 640, 480, 20_000, "media/" + PHOTO + "/640w.dddddddddddd.webp"),
                new MediaVariant("jpeg", 1000, 750, 70_000, "media/" + PHOTO + "/1000w.eeeeeeeeeeee.jpg"),
                new MediaVariant("webp", 1000, 750, 50_000, "media/" + PHOTO + "/1000w.ffffffffffff.webp"));
        return Media.uploaded(PHOTO, "a.jpg", "image/jpeg", 1, "r", "t").processed(1000, 750, variants, "t");
    }

    Map<String, String> render(List<Block> body, Map<String, Media> media) {
        Article a = Fixtures.article("a1", "换热站", 1, body);
        Edition edition = new Edition("2026-01-05", 1, List.of(new EditionPage(1, "要闻", List.of("a1"))), 1, "t", "t", null, null);
        EditionContent content = EditionContent.of(edition, Map.of("a1", a), x -> x.status() == Status.READY, media);
        Map<String, String> out = new java.util.HashMap<>();
        renderer.edition(content, null, null).forEach(f -> out.put(f.key(), new String(f.bytes(), java.nio.charset.StandardCharsets.UTF_8)));
        renderer.global(content, List.of(new EditionSummary("2026-01-05", 1, "t")))
                .forEach(f -> out.put(f.key(), new String(f.bytes(), java.nio.charset.StandardCharsets.UTF_8)));
        return out;
    }

    @Test
    void aProcessedPhoto_isAPictureWithWebpAndJpegSrcsets_sizeAndEagerLoadingAtTheTop() {
        String page = render(List.of(Block.photo(PHOTO, "图为换热站。", "周明"), Block.paragraph("正文")), Map.of(PHOTO, processed()))
                .get("editions/2026-01-05/articles/a1/index.html");
        assertThat(page).contains("<picture><source type=\"image/webp\" srcset=\"/media/" + PHOTO + "/320w.bbbbbbbbbbbb.webp 320w, /media/"
                + PHOTO + "/640w.dddddddddddd.webp 640w, /media/" + PHOTO + "/1000w.ffffffffffff.webp 1000w\" sizes=\"(min-width: 48rem) 42rem, calc(100vw - 2rem)\">");
        assertThat(page).contains("<img src=\"/media/" + PHOTO + "/640w.cccccccccccc.jpg\" srcset=\"/media/" + PHOTO + "/320w.aaaaaaaaaaaa.jpg 320w, ");
        assertThat(page).contains("width=\"1000\" height=\"750\" alt=\"图为换热站。\" decoding=\"async\" loading=\"eager\"></picture>");
        assertThat(page).contains("图为换热站。", "周明 摄");
        assertThat(page).contains("\"image\":[{\"@type\":\"ImageObject\",\"url\":\"https://paper.example/media/" + PHOTO
                + "/1000w.eeeeeeeeeeee.jpg\",\"width\":1000,\"height\":750,\"encodingFormat\":\"image/jpeg\"");
    }

    @Test
    void aPhotoBelowTheOpening_loadsLazily() {
        String page = render(List.of(Block.paragraph("一"), Block.paragraph("二"), Block.photo(PHOTO, null, null)), Map.of(PHOTO, processed()))
                .get("editions/2026-01-05/articles/a1/index.html");
        assertThat(page).contains("loading=\"lazy\"").doesNotContain("loading=\"eager\"");
    }

    @Test
    void aPhotoNotYetProcessed_showsItsCaptionWithoutAPicture() {
        Media waiting = Media.uploaded(WAITING, "a.jpg", "image/jpeg", 1, "r", "t");
        String page = render(List.of(Block.photo(WAITING, "待处理", null)), Map.of(WAITING, waiting))
                .get("editions/2026-01-05/articles/a1/index.html");
        assertThat(page).contains("待处理").doesNotContain("<picture").doesNotContain("<img");
    }

    @Test
    void theFrontPageAndThe版面_showAThumbnail_theEditionViewDoesNot() {
        Map<String, String> files = render(List.of(Block.paragraph("正文"), Block.photo(PHOTO, null, null)), Map.of(PHOTO, processed()));
        String thumb = "<picture class=\"thumb\"><source type=\"image/webp\" srcset=\"/media/" + PHOTO + "/320w.bbbbbbbbbbbb.webp 320w, /media/"
                + PHOTO + "/640w.dddddddddddd.webp 640w\" sizes=\"(min-width: 48rem) 8rem, 6rem\">";
        assertThat(files.get("index.html")).contains(thumb);
        assertThat(files.get("editions/2026-01-05/pages/1/index.html")).contains(thumb);
        assertThat(files.get("editions/2026-01-05/index.html")).doesNotContain("<picture");
    }
}
