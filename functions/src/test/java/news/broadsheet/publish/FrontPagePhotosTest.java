package news.broadsheet.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.broadsheet.article.Block;
import news.broadsheet.article.Status;
import news.broadsheet.fakes.FakeNewsroom;
import news.broadsheet.media.Media;
import news.broadsheet.media.MediaKeys;
import news.broadsheet.media.MediaVariant;
import org.junit.jupiter.api.Test;

/**
 * The front page shows a thumbnail of each story's first photo, as its 版面 does (the front page is
 * rendered from the committed snapshot, so the snapshot must carry it), and a photo story's card is
 * never a bare 图片新闻 headline: it shows its photo and caption.
 */
class FrontPagePhotosTest {
    static final String DATE = "2026-01-05";
    static final String PHOTO = "0b5f3c1e-1111-4222-8333-944455556666";
    static final String OTHER_PHOTO = "7c0d2e4f-aaaa-4bbb-8ccc-ddddeeeeffff";
    final FakeNewsroom paper = new FakeNewsroom();

    static Media processed(String id) {
        List<MediaVariant> variants = new ArrayList<>();
        for (int w : new int[] {320, 640, 960}) {
            variants.add(new MediaVariant("jpeg", w, w * 2 / 3, 1000L * w, MediaKeys.variant(id, w, "0123456789abcdef", "jpg")));
            variants.add(new MediaVariant("webp", w, w * 2 / 3, 800L * w, MediaKeys.variant(id, w, "fedcba9876543210", "webp")));
        }
        return Media.uploaded(id, "p.jpg", "image/jpeg", 12345, "reporter", "2026-01-05T01:00:00Z")
                .processed(960, 640, variants, "2026-01-05T01:00:05Z");
    }

    /** The list item of the card whose headline is {@code headline}. */
    static String card(String html, String headline) {
        Matcher m = Pattern.compile("(?s)<li>(?:(?!</li>).)*>" + headline + "</a>.*?</li>").matcher(html);
        assertThat(m.find()).as("a card headed " + headline).isTrue();
        return m.group();
    }

    @Test
    void theFrontPage_showsNoPhotoThumbnails_thoughIts版面Does() {
        paper.media.insert(processed(PHOTO));
        paper.article("a1", "换热站改造完工", Status.READY,
                List.of(Block.paragraph("换热站今日投入使用。"), Block.photo(PHOTO, "图为新换热站。", "周明")));
        paper.article("a2", "老街夜市开张", Status.READY, List.of(Block.paragraph("夜市今晚开张。")));
        paper.layOut(DATE, 1, List.of(List.of("a1", "a2")));
        paper.publish(DATE);

        String page = card(paper.site("editions/" + DATE + "/pages/1/index.html"), "换热站改造完工");
        String front = card(paper.site("index.html"), "换热站改造完工");
        assertThat(page).contains("<picture class=\"thumb\">");
        assertThat(front).contains("<picture class=\"thumb\">", "/media/" + PHOTO + "/320w.", "/media/" + PHOTO + "/640w.")
                .doesNotContain("/960w.");
        assertThat(card(paper.site("index.html"), "老街夜市开张")).doesNotContain("<picture");
    }

    @Test
    void aPhotoStory_isAnEmpty图片新闻Card_onTheFrontPageAndIts版面() {
        paper.media.insert(processed(PHOTO));
        paper.media.insert(Media.uploaded(OTHER_PHOTO, "q.jpg", "image/jpeg", 2345, "reporter", "2026-01-05T02:00:00Z"));
        paper.article("p1", "图片新闻", Status.READY, List.of(Block.photo(PHOTO, "市民在新建成的滨河公园散步。", "周明")));
        paper.article("p2", "图片新闻", Status.READY, List.of(Block.photo(OTHER_PHOTO, "冬泳爱好者在江中畅游。", "周明")));
        paper.layOut(DATE, 1, List.of(List.of("p1", "p2")));
        paper.publish(DATE);

        for (String key : List.of("index.html", "editions/" + DATE + "/pages/1/index.html")) {
            String html = paper.site(key);
            assertThat(html).as(key).contains("市民在新建成的滨河公园散步。", "/media/" + PHOTO + "/320w.");
            assertThat(html).as(key + ": a photo not yet processed still shows its caption").contains("冬泳爱好者在江中畅游。");
        }
    }
}
