package news.broadsheet.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import news.broadsheet.article.ArticleInput;
import news.broadsheet.article.Block;
import news.broadsheet.article.Byline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The acceptance test on the customer's page: article by article, the fields a copy editor would
 * set. Expected text is named by paragraph position (p(n)) so that the page's text stays out of the
 * repository.
 */
class SeedPageImportTest {
    static SeedPage seed;
    static List<ImportedArticle> found;

    @BeforeAll
    static void importSeed() {
        seed = SeedPage.load();
        assertThat(seed.paragraphs).as("the seed page this test was written against").hasSize(73);
        found = PageImporter.read(seed.text).articles();
    }

    static ArticleInput a(int index) {
        return found.get(index).article();
    }

    static List<String> texts(ArticleInput article, String type) {
        return article.body().stream().filter(b -> b.type().equals(type)).map(Block::text).toList();
    }

    static String withoutTail(String paragraph, String tail) {
        assertThat(paragraph).endsWith(tail);
        return paragraph.substring(0, paragraph.length() - tail.length()).stripTrailing();
    }

    @Test
    void thePageHoldsNineArticles_andNothingIsUnassigned() {
        assertThat(found).hasSize(9);
        assertThat(PageImporter.read(seed.text).unassigned()).isEmpty();
    }

    @Test
    void commentary_headlineDashSubheadlineAndStaffCommentatorByline() {
        ArticleInput a = a(0);
        assertThat(a.headline()).isEqualTo(seed.p(0));
        assertThat(a.subheadline()).isEqualTo(seed.p(1)).startsWith("——");
        assertThat(a.kicker()).isNull();
        assertThat(a.byline()).containsExactly(new Byline("本报评论员", null));
        assertThat(texts(a, "paragraph")).containsExactly(
                seed.p(3), seed.p(4), seed.p(5) + seed.p(6), seed.p(7) + seed.p(8), seed.p(9), seed.p(10));
    }

    @Test
    void feature_seriesBannerThenKickerAndHeadlineOnOneLine_intertitlesAndTrailingBylineLine() {
        ArticleInput a = a(1);
        String[] kickerAndHeadline = seed.p(12).split("[ \u3000]+", 2);
        assertThat(a.column()).isEqualTo(seed.p(11));
        assertThat(a.kicker()).isEqualTo(kickerAndHeadline[0]);
        assertThat(a.headline()).isEqualTo(kickerAndHeadline[1]);
        assertThat(a.subheadline()).isNull();
        assertThat(texts(a, "intertitle")).containsExactly(seed.p(15), seed.p(23));
        assertThat(a.body()).hasSize(18);
        String[] by = seed.tokens(31);
        assertThat(a.byline()).containsExactly(new Byline("记者", by[1]), new Byline("通讯员", by[3]));
        assertThat(texts(a, "paragraph")).last().isEqualTo(seed.p(30));
    }

    @Test
    void newsWithDateline_sloganHeadlineActorSubheadline_rejoinedBreakAndBracketedNameWithoutRole() {
        ArticleInput a = a(2);
        assertThat(a.kicker()).isNull();
        assertThat(a.headline()).isEqualTo(seed.p(32));
        assertThat(a.subheadline()).isEqualTo(seed.p(33));
        assertThat(found.get(2).headGroup().confidence()).isGreaterThanOrEqualTo(0.8);
        assertThat(a.dateline()).isEqualTo("本报讯");
        List<String> paragraphs = texts(a, "paragraph");
        assertThat(seed.p(34)).startsWith("本报讯");
        assertThat(paragraphs.get(0)).isEqualTo(seed.p(34).substring("本报讯".length()).strip());
        assertThat(paragraphs.get(3)).isEqualTo(seed.p(37) + seed.p(38));
        String name = seed.p(39).substring(seed.p(39).lastIndexOf('(') + 1, seed.p(39).length() - 1);
        assertThat(paragraphs.get(4)).isEqualTo(withoutTail(seed.p(39), "(" + name + ")"));
        assertThat(a.byline()).containsExactly(new Byline(null, name));
    }

    @Test
    void standalonePhoto_underTheCampaignBanner_isAPhotoStoryWithWholeCaptionAndPrintedCredit() {
        ArticleInput a = a(3);
        assertThat(a.column()).isEqualTo(seed.p(40));
        assertThat(a.headline()).isEqualTo("图片新闻");
        Block image = a.body().get(0);
        assertThat(image.type()).isEqualTo("image");
        int end = seed.p(41).lastIndexOf('。') + 1;
        assertThat(image.caption()).isEqualTo(seed.p(41).substring(0, end));
        assertThat(image.credit()).isEqualTo(seed.p(41).substring(end)).endsWith(" 摄");
        assertThat(a.tags()).contains("图片新闻");
    }

    @Test
    void shortNews_datelineAndBracketedReporter() {
        ArticleInput a = a(4);
        assertThat(a.headline()).isEqualTo(seed.p(42));
        assertThat(a.kicker()).isNull();
        assertThat(a.subheadline()).isNull();
        assertThat(a.dateline()).isEqualTo("本报讯");
        assertThat(a.body()).hasSize(3);
        assertThat(a.byline()).singleElement().satisfies(b -> {
            assertThat(seed.p(45)).endsWith("(" + b.name() + ")");
            assertThat(b.role()).isNull();
        });
    }

    @Test
    void bylineGluedToTheLastParagraph_isCutOff() {
        ArticleInput a = a(5);
        assertThat(a.headline()).isEqualTo(seed.p(46));
        assertThat(a.dateline()).isNull();
        String[] tokens = seed.tokens(55);
        String name = tokens[tokens.length - 1];
        assertThat(tokens[tokens.length - 2]).isEqualTo("记者");
        assertThat(a.byline()).containsExactly(new Byline("记者", name));
        List<String> paragraphs = texts(a, "paragraph");
        assertThat(paragraphs).contains(seed.p(50) + seed.p(51));
        assertThat(paragraphs).last().isEqualTo(withoutTail(seed.p(55), "记者 " + name));
    }

    @Test
    void continuedStory_opensWithTheNote_isTitledByItsFirstSentence_notAnIntertitleFromItsMiddle_keepsItsOwnByline() {
        ArticleInput a = a(6);
        assertThat(a.body().get(0)).isEqualTo(Block.note(seed.p(56)));
        // Its one intertitle stands after two paragraphs, in its middle: the headline is its first sentence.
        assertThat(a.headline()).isNotEqualTo(seed.p(59));
        assertThat(seed.p(57)).startsWith(a.headline().replace("…", ""));
        assertThat(a.column()).isNull();
        assertThat(found.get(6).unsure()).anyMatch(u -> u.contains("headline generated"));
        assertThat(texts(a, "intertitle")).containsExactly(seed.p(59));
        assertThat(a.byline()).containsExactly(new Byline("记者", seed.tokens(63)[1]));
    }

    @Test
    void columnBanner_goesToColumn_notToTheHeadline() {
        ArticleInput a = a(7);
        assertThat(a.column()).isEqualTo(seed.p(64));
        assertThat(a.headline()).isEqualTo(seed.p(65));
        assertThat(a.kicker()).isNull();
        assertThat(a.dateline()).isEqualTo("本报讯");
        assertThat(a.byline()).hasSize(1);
    }

    @Test
    void notice_isAnArticleOfItsOwn() {
        ArticleInput a = a(8);
        assertThat(a.headline()).isEqualTo(seed.p(71));
        assertThat(a.tags()).containsExactly("启事");
        assertThat(a.column()).isNull();
        assertThat(a.body()).containsExactly(Block.paragraph(seed.p(72)));
    }

    @Test
    void theCampaignBannerOverAPhoto_isThePhotosColumnOnly_notTheUnrelatedStoriesBelow() {
        assertThat(a(3).column()).isEqualTo(seed.p(40));
        assertThat(List.of(a(4), a(5), a(6))).extracting(ArticleInput::column).containsOnlyNulls();
    }

    @Test
    void noHeadlineEndsInAFullStop_andNoBylineHasAnInventedRole() {
        assertThat(found).allSatisfy(f -> assertThat(f.article().headline()).doesNotEndWith("。"));
        assertThat(found.stream().flatMap(f -> f.article().byline().stream()).map(Byline::role))
                .allSatisfy(role -> assertThat(role == null || seed.text.contains(role)).isTrue());
    }

    @Test
    void exactlyFourColumnBreaksAreRejoined_withoutASpace() {
        long rejoined = found.stream().flatMap(f -> f.recognised().stream()).filter(r -> r.startsWith("rejoined")).count();
        assertThat(rejoined).isEqualTo(4);
        List<String> allParagraphs = found.stream().flatMap(f -> texts(f.article(), "paragraph").stream()).toList();
        assertThat(allParagraphs).contains(seed.p(5) + seed.p(6), seed.p(7) + seed.p(8), seed.p(37) + seed.p(38), seed.p(50) + seed.p(51));
    }
}
