package news.broadsheet.importer;

import static news.broadsheet.importer.NothingLostTest.assertNothingLost;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import news.broadsheet.article.Article;
import news.broadsheet.article.Block;
import news.broadsheet.article.Byline;
import org.junit.jupiter.api.Test;

/**
 * The forms print exports use, one page each (our own text), and the stored fields a copy editor
 * expects; every page also goes through the honest nothing-lost check.
 */
class ImportFidelityTest {
    static List<Article> stored(String page) {
        return assertNothingLost(page).articles();
    }

    static Article only(String page) {
        List<Article> articles = stored(page);
        assertThat(articles).as(page).hasSize(1);
        return articles.get(0);
    }

    @Test
    void twoHeadingLines_withFactsUnderneath_areHeadlineAndSubheadline() {
        Article a = only("地铁三号线全线贯通\n\n沿线设站18座 日均可运送乘客40万人次\n\n本报讯 地铁三号线昨日全线贯通。\n");
        assertThat(a.headline()).isEqualTo("地铁三号线全线贯通");
        assertThat(a.subheadline()).isEqualTo("沿线设站18座 日均可运送乘客40万人次");
        assertThat(a.kicker()).isNull();
    }

    @Test
    void aSloganThenTheActor_areHeadlineAndSubheadline() {
        Article a = only("保供暖 稳物价 护民生\n\n市发改委部署冬季民生保障工作\n\n本报讯 市发改委昨日部署冬季民生保障工作。\n");
        assertThat(a.headline()).isEqualTo("保供暖 稳物价 护民生");
        assertThat(a.subheadline()).isEqualTo("市发改委部署冬季民生保障工作");
    }

    @Test
    void anUndecidedGroup_isReportedWithTheOtherReading() {
        ImportService.Imported imported = NothingLostTest.importAndStore("老街夜市\n\n重新开张\n\n本报讯 老街夜市昨晚重新开张。\n").imported();
        ImportedArticle found = imported.result().articles().get(0);
        assertThat(found.headGroup().confidence()).isEqualTo(0.5);
        assertThat(found.headGroup().alternative()).contains("主题 老街夜市", "副题 重新开张");
        assertThat(found.unsure()).anyMatch(u -> u.contains("the other reading"));
    }

    @Test
    void kickerAndHeadlineOnOneLine_underASeriesBanner() {
        Article a = only("抓实基层治理 建设幸福家园\n\n社区服务站点亮冬夜 暖心驿站 温暖归途\n\n本报讯 入冬以来，城南十二个社区服务站延长开放时间。\n");
        assertThat(a.column()).isEqualTo("抓实基层治理 建设幸福家园");
        assertThat(a.kicker()).isEqualTo("社区服务站点亮冬夜");
        assertThat(a.headline()).isEqualTo("暖心驿站 温暖归途");
    }

    @Test
    void aDatelineWithTheBylineInside_inBothBracketWidths_andTheReportedForm() {
        for (String first : List.of("本报讯(记者 王小明 通讯员 赵丽)3月2日,区图书馆开放。", "本报讯（记者　王小明　通讯员　赵丽）3月2日，区图书馆开放。")) {
            Article a = only("区图书馆开放\n\n" + first + "\n");
            assertThat(a.dateline()).isEqualTo("本报讯");
            assertThat(a.byline()).containsExactly(new Byline("记者", "王小明"), new Byline("通讯员", "赵丽"));
            assertThat(a.body().get(0).text()).startsWith("3月2日").endsWith("区图书馆开放。");
        }
        Article reported = only("区图书馆开放\n\n本报讯 记者 王小明报道 3月2日，区图书馆开放。\n");
        assertThat(reported.dateline()).isEqualTo("本报讯");
        assertThat(reported.byline()).containsExactly(new Byline("记者", "王小明"));
        assertThat(reported.body()).containsExactly(Block.paragraph("3月2日，区图书馆开放。"));
    }

    @Test
    void aBracketedNameClosingABrief_keepsNoInventedRole() {
        Article a = only("区图书馆开放\n\n区图书馆昨日开放，首日接待读者两千人次。(赵丽)\n");
        assertThat(a.byline()).containsExactly(new Byline(null, "赵丽"));
        assertThat(a.body()).containsExactly(Block.paragraph("区图书馆昨日开放，首日接待读者两千人次。"));
    }

    @Test
    void photoCredits_keepTheirRoleWord() {
        for (String credit : List.of("张强 摄", "本报记者 张强 摄影报道", "张强/摄", "(张强 摄)", "新华社记者 张强 摄")) {
            Article a = only("图为市民在新开的社区食堂就餐。" + credit + "\n");
            Block image = a.body().get(0);
            assertThat(image.credit()).isEqualTo(credit);
            assertThat(image.caption()).isEqualTo("图为市民在新开的社区食堂就餐。");
        }
    }

    @Test
    void aPhotoStory_isTitled图片新闻_neverByACaptionSentenceEndingIn句号() {
        Article a = only("年货市场人气旺。图为市民在商场选购春联。周明 摄\n");
        assertThat(a.headline()).isEqualTo(PageImporter.PHOTO_HEADLINE).doesNotEndWith("。");
        assertThat(a.body().get(0).caption()).isEqualTo("年货市场人气旺。图为市民在商场选购春联。");
    }

    @Test
    void aBanner_spansTheStoriesUnderIt_untilTheNextBanner_butNotNoticesContinuationsOrPastALonePhoto() {
        List<Article> articles = stored("""
                深入学习宣传贯彻全会精神

                图为社区志愿者走进老街宣讲全会精神。林小雨 摄

                老街夜市重新开张

                本报讯 老街夜市昨晚重新开张，摊位一百二十个。(孙丽)

                (上接第1版)

                改造后的河道两岸新增步道三公里。

                记者 周明

                聚焦 安全生产

                燃气安全检查覆盖全部餐馆

                本报讯 市应急局昨日通报燃气检查情况。(吴浩)

                寻物启事

                本人于昨日在城南公园遗失钱包一个，请拾到者联系。
                """);
        assertThat(articles).extracting(Article::column).containsExactly(
                // The campaign banner right over a lone photo is the photo's: the story under the photo is not its.
                "深入学习宣传贯彻全会精神", null, null, "聚焦 安全生产", null);
    }

    @Test
    void aContinuation_isTitledByTheIntertitleUnderItsNoteOrItsFirstSentence_neverByTheNote() {
        Article withIntertitle = only("(上接第1版)\n\n河道治理见成效\n\n改造后的河道两岸新增步道三公里。\n\n今年还将治理两条河道。\n\n记者 周明\n");
        assertThat(withIntertitle.headline()).isEqualTo("河道治理见成效");
        // An intertitle from the middle heads only the part below it.
        Article midway = only("(上接第1版)\n\n改造后的河道两岸新增步道三公里，\n\n沿岸居民出行更方便。\n\n河道治理见成效\n\n今年还将治理两条河道。\n\n记者 周明\n");
        assertThat(midway.headline()).startsWith("改造后的河道两岸新增步道三公里").isNotEqualTo("河道治理见成效");
        Article withSentence = only("(上接第1版)\n\n改造后的河道两岸新增步道三公里。沿岸居民出行更方便。\n\n记者 周明\n");
        assertThat(withSentence.headline()).isEqualTo("改造后的河道两岸新增步道三公里");
        assertThat(withSentence.body().get(0)).isEqualTo(Block.note("(上接第1版)"));
    }

    @Test
    void aByteOrderMark_isNotText_andU3000IsASpace() {
        Article a = only("\uFEFF城市更新进行时：\n\n老街夜市重新开张\n\n本报讯 老街夜市昨晚重新开张。\n\n本报记者\u3000林小雨\u3000王晨\n");
        assertThat(a.kicker()).isEqualTo("城市更新进行时：");
        assertThat(a.subheadline()).isNull();
        assertThat(a.byline()).containsExactly(new Byline("本报记者", "林小雨"), new Byline("本报记者", "王晨"));
        Article banner = stored("聚焦\u3000老街改造\n\n老街夜市重新开张\n\n本报讯 老街夜市昨晚重新开张。\n").get(0);
        assertThat(banner.column()).isEqualTo("聚焦\u3000老街改造");
        assertThat(banner.kicker()).isNull();
    }

    @Test
    void indentedParagraphsOnConsecutiveLines_areParagraphsOfTheirOwn() {
        Article a = only("老街夜市重新开张\n\u3000\u3000本报讯 老街夜市昨晚重新开张。\n\u3000\u3000摊位一百二十个，比去年多三成。\n\u3000\u3000夜市营业到凌晨一点。\n");
        assertThat(a.body()).containsExactly(Block.paragraph("老街夜市昨晚重新开张。"),
                Block.paragraph("摊位一百二十个，比去年多三成。"), Block.paragraph("夜市营业到凌晨一点。"));
    }

    @Test
    void aLineBreakBetweenLatinWords_isASpace_andBetweenHanCharactersNothing() {
        Article a = only("手机支付覆盖老街\n\n本报讯 老街商户全部开通Apple\nPay和微信支\n付，老人也能用现金。\n");
        assertThat(a.body()).containsExactly(Block.paragraph("老街商户全部开通Apple Pay和微信支付，老人也能用现金。"));
    }

    @Test
    void halfWidthPunctuation_betweenHanCharacters_isPrintedFullWidth_numbersAndTimesKeepTheirs() {
        Article a = only("老街夜市重新开张\n\n本报讯 3月2日,老街夜市(试行)开张:摊位1,200个;营业到00:30。\n");
        assertThat(a.body()).containsExactly(Block.paragraph("3月2日，老街夜市（试行）开张：摊位1,200个；营业到00:30。"));
    }
}
