package news.broadsheet.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import news.broadsheet.article.ArticleInput;
import news.broadsheet.article.Block;
import news.broadsheet.article.Byline;
import org.junit.jupiter.api.Test;

/**
 * The forms a real national daily prints that the rules once misread ("What fails today", kinds 2–8
 * of the importer's accuracy issue), each on a small page of our own words in the shape a print
 * system exports: CRLF, head lines flush left, paragraphs a line each with a two-space indent.
 */
class PrintedFormsTest {
    static final String I = "\u3000\u3000";
    static final String P1 = I + "新区图书馆今年春节不闭馆，每天上午九点到晚上八点开放，阅览室新添了两百个座位，少儿区还安排了志愿者讲故事，欢迎市民带孩子来看书。";
    static final String P2 = I + "馆长说，去年春节期间到馆读者超过三万人次，今年又增加了古籍修复体验和非遗剪纸课，名额在公众号上预约，先到先得，额满为止。";
    static final String P3 = I + "江边步道全长十二公里，沿途设了六个驿站，每个驿站都有饮水机、充电桩和急救箱，周末还有市民乐团在驿站旁边的草坪上演出。";

    static String page(String... lines) {
        return String.join("\r\n", lines) + "\r\n";
    }

    static List<ImportedArticle> read(String page) {
        ImportResult result = PageImporter.read(page);
        assertThat(result.unassigned()).as("nothing only in unassigned").isEmpty();
        return result.articles();
    }

    static ArticleInput a(List<ImportedArticle> found, int i) {
        return found.get(i).article();
    }

    @Test
    void kind2_textBeforeTheFirstHeadGroup_becomesItsOwnDraftMarkedUnsure() {
        // A wrapped export (blank line between paragraphs): the first story's head fell on the page before.
        String page = "馆长说，今年又增加了古籍修复体验\n和非遗剪纸课。\n\n步道驿站周末有演出\n\n本报讯 江边步道全长十二公里，\n沿途设了六个驿站。\n";
        ImportResult result = PageImporter.read(page);
        assertThat(result.unassigned()).isEmpty();
        assertThat(result.articles()).hasSize(2);
        assertThat(result.articles().get(0).unsure()).anyMatch(u -> u.contains("could not place") || u.contains("before the page's first headline"));
        assertThat(result.articles().get(1).article().headline()).isEqualTo("步道驿站周末有演出");
    }

    @Test
    void kind3_headlineAndSubheadlineOnAdjacentLines_stayTwoFields() {
        List<ImportedArticle> found = read(page("", "江边步道迎来首批游客", "", P3, "", "轨道交通三号线全线贯通", "沿线新设站点十八座", P1, P2));
        // Two short head lines: never one glued headline; which of them is the 主题 the model decides.
        ArticleInput second = a(found, 1);
        assertThat(second.headline()).isIn("轨道交通三号线全线贯通", "沿线新设站点十八座");
        assertThat(java.util.Arrays.asList(second.kicker(), second.headline(), second.subheadline()))
                .containsSubsequence("轨道交通三号线全线贯通", "沿线新设站点十八座");
        assertThat(a(found, 0).headline()).isEqualTo("江边步道迎来首批游客");
    }

    @Test
    void kind3_aHeadGroupAfterAClosedParagraph_startsAStoryWithoutADateline() {
        List<ImportedArticle> found = read(page("外企扎根新区有信心", P1, P2, "江边步道迎来首批游客", P3, P1));
        assertThat(found).hasSize(2);
        assertThat(a(found, 1).headline()).isEqualTo("江边步道迎来首批游客");
        assertThat(a(found, 0).body()).hasSize(2);
    }

    @Test
    void kind5_reportsUnderOneBanner_keepTheirBylineLineAsByline() {
        List<ImportedArticle> found = read(page("新春走基层", "", "", "", "夜班公交司机的除夕", "", I + "本报记者　王晨", P1, P2,
                "", "江边驿站的守夜人", "", I + "本报记者　林小雨", P3, P2));
        ArticleInput second = a(found, found.size() - 1);
        assertThat(second.headline()).isEqualTo("江边驿站的守夜人");
        assertThat(second.subheadline()).isNull();
        assertThat(second.byline()).containsExactly(new Byline("本报记者", "林小雨"));
        ArticleInput first = a(found, found.size() - 2);
        assertThat(first.subheadline()).isNull();
        assertThat(first.byline()).containsExactly(new Byline("本报记者", "王晨"));
    }

    /**
     * A byline line whose two-character names are spaced out to a three-character name's width, with 文
     * ("text by") after the last: the report's byline, read as such with and without indents and through
     * the review's reading sent back, never a head line or an intertitle.
     */
    @Test
    void aBylineLineOfSpacedOutNames_isTheByline_notAHeadLine() {
        List<Byline> both = List.of(new Byline("本报记者", "吴浩"), new Byline("本报记者", "苗禾"));
        String indented = page("江边步道迎来首批游客", "本报记者 吴 浩 苗 禾文", P3, P1);
        String flat = "江边步道迎来首批游客\n本报记者　吴　浩　苗　禾文\n" + P3.strip() + "\n" + P1.strip() + "\n";
        String under = page("江边步道迎来首批游客", P3, "本报记者 吴 浩 苗 禾文", P1, P2);
        for (String p : List.of(indented, flat)) {
            ArticleInput story = a(read(p), 0);
            assertThat(story.headline()).isEqualTo("江边步道迎来首批游客");
            assertThat(story.kicker()).isNull();
            assertThat(story.subheadline()).isNull();
            assertThat(story.byline()).isEqualTo(both);
            assertThat(story.body()).hasSize(2);
            List<ExplicitReading.Entry> back = LineReadings.of(p, PageImporter.read(p)).stream()
                    .map(l -> new ExplicitReading.Entry(l.line(), l.story(), l.role(), l.parts(), l.joins())).toList();
            assertThat(ExplicitReading.assemble(p, back).articles().get(0).article()).isEqualTo(story);
        }
        // Between two paragraphs it still closes its report, not an intertitle of it.
        List<ImportedArticle> found = read(under);
        assertThat(a(found, 0).byline()).isEqualTo(both);
        assertThat(a(found, 0).body()).extracting(Block::type).doesNotContain(Block.INTERTITLE);
    }

    @Test
    void kind6_datelineWithNoBreakSpaceBeforeTheBracketedByline() {
        List<ImportedArticle> found = read(page("", "新区图书馆春节不闭馆", "", I + "本报江城2月3日电\u00a0（记者王晨）新区图书馆今年春节不闭馆，每天上午九点到晚上八点开放，阅览室新添了两百个座位。", P2));
        assertThat(a(found, 0).dateline()).isEqualTo("本报江城2月3日电");
        assertThat(a(found, 0).byline()).containsExactly(new Byline("记者", "王晨"));
        assertThat(a(found, 0).body().get(0).text()).startsWith("新区图书馆今年春节不闭馆");
    }

    @Test
    void kind6_twoReportersJoinedWithTheEnumerationComma() {
        List<ImportedArticle> found = read(page("", "新区图书馆春节不闭馆", "", I + "本报江城2月3日电　（记者王晨、林小雨）新区图书馆今年春节不闭馆，每天上午九点开放，阅览室新添了两百个座位。", P2));
        assertThat(a(found, 0).byline()).containsExactly(new Byline("记者", "王晨"), new Byline("记者", "林小雨"));
    }

    @Test
    void kind6_anAgencyDatelineWithNoPlaceOrDate_keepsItsBracketedByline() {
        List<ImportedArticle> found = read(page("江边步道迎来首批游客", I + "新华社电  （记者孙丽）" + P3.strip(), P1));
        assertThat(a(found, 0).dateline()).isEqualTo("新华社电");
        assertThat(a(found, 0).byline()).containsExactly(new Byline("记者", "孙丽"));
    }

    @Test
    void kind6_bracketedNamesWithNoRole_afterADateline_areTheByline() {
        List<ImportedArticle> found = read(page("江边步道迎来首批游客", I + "本报江城2月3日电  （孙丽、周明）" + P3.strip(), P1));
        assertThat(a(found, 0).dateline()).isEqualTo("本报江城2月3日电");
        assertThat(a(found, 0).byline()).extracting(Byline::name).containsExactly("孙丽", "周明");
        assertThat(a(found, 0).body().toString()).doesNotContain("孙丽");
    }

    @Test
    void kind6_datelineAsReportedByTheAgency() {
        List<ImportedArticle> found = read(page("", "江边步道迎来首批游客", "", I + "据新华社江城2月3日电　江边步道全长十二公里，沿途设了六个驿站，每个驿站都有饮水机和急救箱，周末还有演出。", P2));
        assertThat(a(found, 0).dateline()).isEqualTo("据新华社江城2月3日电");
    }

    @Test
    void kind6_bracketedAgencyDatelineOpeningAParagraph() {
        List<ImportedArticle> found = read(page("", "江边步道迎来首批游客", "", I + "【本报江城2月3日讯】江边步道全长十二公里，沿途设了六个驿站，每个驿站都有饮水机和急救箱，周末还有演出。", P2));
        assertThat(a(found, 0).dateline()).isEqualTo("【本报江城2月3日讯】");
    }

    @Test
    void kind6_aTrailingBracketedDatelineOrContributorLine_closesItsStory_notTheNextOnesHead() {
        List<ImportedArticle> found = read(page("", "江边步道迎来首批游客", "", P3, P2, "（新华社江城2月3日电）", "", "新区图书馆春节不闭馆", "", P1, P2,
                "（林小雨参与采写）", "", "夜班公交司机的除夕", "", P2, P3));
        assertThat(found).extracting(f -> f.article().headline()).containsExactly("江边步道迎来首批游客", "新区图书馆春节不闭馆", "夜班公交司机的除夕");
        assertThat(found).extracting(f -> f.article().kicker()).containsOnlyNulls();
        assertThat(a(found, 0).body()).last().extracting(Block::text).isEqualTo("（新华社江城2月3日电）");
        assertThat(a(found, 1).body()).last().extracting(Block::text).isEqualTo("（林小雨参与采写）");
    }

    @Test
    void kind7_photoCreditWithAnAgencySuffix_isACaptionBlock() {
        List<ImportedArticle> found = read(page("", "江边步道迎来首批游客", "", P3,
                I + "图为游客在江边驿站旁的草坪上观看市民乐团演出。周明摄（视觉中国）", P2, "", "新区图书馆春节不闭馆", "", P1));
        ArticleInput a = a(found, 0);
        assertThat(a.body()).anyMatch(b -> b.type().equals(Block.IMAGE) && "周明摄（视觉中国）".equals(b.credit()));
        assertThat(a(found, 1).headline()).isEqualTo("新区图书馆春节不闭馆");
    }

    @Test
    void kind8_aSubsectionMarkInsideAStory_isAnIntertitle_notAStory() {
        List<ImportedArticle> found = read(page("", "夜班公交司机的除夕", "", P1, P2, I + "■记者手记", I + "平凡岗位的坚守", P3, P1));
        assertThat(found).hasSize(1);
        assertThat(a(found, 0).body()).filteredOn(b -> b.type().equals(Block.INTERTITLE)).extracting(Block::text)
                .containsExactly("■记者手记", "平凡岗位的坚守");
    }

    @Test
    void kind7_aPhotoLabelAboveAPhotoStory_isALabel_notItsHeadline() {
        for (String label : List.of("图片新闻", "图片报道")) {
            List<ImportedArticle> found = read(page("", "江边步道迎来首批游客", "", P3, P2, "", label, "驿站旁的周末音乐会", "",
                    I + "图为游客在江边驿站旁的草坪上观看市民乐团演出。周明 摄", "", "新区图书馆春节不闭馆", "", P1));
            assertThat(found).extracting(f -> f.article().headline())
                    .containsExactly("江边步道迎来首批游客", "驿站旁的周末音乐会", "新区图书馆春节不闭馆");
            ArticleInput photo = a(found, 1);
            assertThat(photo.kicker()).as(label).isNull();
            assertThat(photo.subheadline()).as(label).isNull();
            assertThat(photo.column()).as(label).isEqualTo(label);
            assertThat(photo.tags()).as(label).contains(label);
        }
    }

    @Test
    void aHeadlineEndingInABracketedColumnName_staysTheHeadline() {
        List<ImportedArticle> found = read(page("", "守住“舌尖上的安全”（城南论坛）", "", P1, P2, "", "新区图书馆春节不闭馆", "", P3));
        assertThat(found).extracting(f -> f.article().headline()).containsExactly("守住“舌尖上的安全”（城南论坛）", "新区图书馆春节不闭馆");
        assertThat(a(found, 0).byline()).isNullOrEmpty();
    }

    @Test
    void aLongPunctuatedSubheadlineOverADatelineParagraph_isTheSubheadline_andTheDatelineAndBylineAreRead() {
        // As printed: head lines unindented, paragraphs indented; the 副题 sums the story up in a sentence.
        String page = page("", "新区图书馆春节不闭馆", "江城：阅览室新添两百个座位，少儿区安排志愿者讲故事，古籍修复体验名额在公众号预约",
                I + "本报江城2月3日电\u00a0（记者林小雨）" + P1.substring(2), P2, P3);
        var lines = news.broadsheet.importer.roles.PrintLine.of(page);
        assertThat(KnownRoles.of(lines, 1, false)).as("what the rules know of the 副题 line, given to the model")
                .doesNotContain(news.broadsheet.importer.roles.LineRole.BODY).isNotEmpty();
        List<ImportedArticle> found = read(page);
        assertThat(found).hasSize(1);
        assertThat(a(found, 0).headline()).isEqualTo("新区图书馆春节不闭馆");
        assertThat(a(found, 0).subheadline()).startsWith("江城：阅览室");
        assertThat(a(found, 0).dateline()).isEqualTo("本报江城2月3日电");
        assertThat(a(found, 0).byline()).extracting(Byline::name).containsExactly("林小雨");
    }

    @Test
    void kind7_aPhotoCreditLineUnderACaption_isNeverAnIntertitle() {
        // As printed and without indents: the credit, with the agency's role and a spaced name, closes the
        // caption above it; it is text of the story, not a heading inside it.
        for (String indent : List.of(I, "")) {
            String page = page("江边步道迎来首批游客", indent + "本报江城2月3日电 " + P3.strip(), indent + P1.strip(),
                    indent + "图为市民在新修的步道上晨跑。", indent + "新华社记者  孙  丽摄", "图书馆春节不闭馆", indent + "本报江城2月3日电 " + P2.strip());
            List<ImportedArticle> found = read(page);
            assertThat(found).extracting(f -> f.article().headline()).containsExactly("江边步道迎来首批游客", "图书馆春节不闭馆");
            assertThat(a(found, 0).body()).as(indent.isEmpty() ? "no indent" : "as printed")
                    .noneMatch(b -> "intertitle".equals(b.type()))
                    .anySatisfy(b -> assertThat(b.text() + b.credit()).contains("孙  丽摄"));
        }
    }

    @Test
    void aLettersSalutation_underItsHeadline_isBody_neverTheSubheadline() {
        // A letter prints its salutation flush left, like a head line, right under the headline.
        for (String page : List.of(
                page("", "江边的春天（寄给家乡的信）", "", "亲爱的妈妈：", P1, P2, "", "轨道交通三号线全线贯通", "", P3),
                String.join("\n", "江边的春天（寄给家乡的信）", "亲爱的妈妈：", P1.strip(), P2.strip(), "（孙丽）", "轨道交通三号线全线贯通",
                        "本报江城2月3日电 " + P3.strip()) + "\n")) {
            List<ImportedArticle> found = read(page);
            assertThat(found).extracting(f -> f.article().headline()).containsExactly("江边的春天（寄给家乡的信）", "轨道交通三号线全线贯通");
            assertThat(a(found, 0).subheadline()).isNull();
            assertThat(a(found, 0).body()).extracting(Block::text).first().isEqualTo("亲爱的妈妈：");
        }
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} / {1}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "江城人大常委会第五次会议召开|王晨出席并讲话",
            "全市春耕由南向北渐次展开|今年粮食产量将保持稳定",
            "江城首条跨江隧道通车|过江时间缩短到5分钟",
            "江城去年航班正常率八成|为十年来最高",
            "江城冬季最大雨雪天气来临|未来一周持续阴雨",
            "江城发布人才引进新政|团队支持经费可达500万元"})
    void emptyHeadFieldLines_tellASubheadlineFromAKicker(String headline, String subheadline) {
        // A fixed-field export: 引题, 主题, 副题 each on a line, an empty line for a field the story lacks.
        String page = page("", "江边步道迎来首批游客", "", P3, P1,
                "", headline, subheadline, P2, P1,
                "江城市文化馆——", "把年味送进千家万户", "", P3, P2);
        List<ImportedArticle> found = read(page);
        assertThat(found).extracting(f -> java.util.Arrays.asList(f.article().kicker(), f.article().headline(), f.article().subheadline()))
                .containsExactly(java.util.Arrays.asList(null, "江边步道迎来首批游客", null),
                        java.util.Arrays.asList(null, headline, subheadline),
                        java.util.Arrays.asList("江城市文化馆——", "把年味送进千家万户", null));
    }
}
