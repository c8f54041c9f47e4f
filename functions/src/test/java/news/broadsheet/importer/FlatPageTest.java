package news.broadsheet.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import news.broadsheet.article.ArticleInput;
import news.broadsheet.importer.rules.LayoutRule;
import org.junit.jupiter.api.Test;

/**
 * Pages exported a paragraph a line with no indent and no blank line (the no-indent shape): the
 * flat line-role model reads their head groups, and the rules still decide what they know for
 * sure (a sentence closed by a bracketed name is body, a {@code (上接…)} note opens a continued
 * story, 引题 and 主题 printed on one line are two fields). Our own words.
 */
class FlatPageTest {
    static final String P1 = "新区图书馆今年春节不闭馆，每天上午九点到晚上八点开放，阅览室新添了两百个座位，少儿区还安排了志愿者讲故事，欢迎市民带孩子来看书。";
    static final String P2 = "馆长说，去年春节期间到馆读者超过三万人次，今年又增加了古籍修复体验和非遗剪纸课，名额在公众号上预约，先到先得，额满为止。";
    static final String STEP1 = "步道沿江修了三段木栈道，涨水季节也不会被淹，夜里有太阳能路灯照明，跑步的人说脚感比水泥路好得多。";
    static final String STEP2 = "管理处提醒，骑车的市民请走外侧的自行车道，遛狗请牵绳，驿站的饮水机每天早晚各消毒一次。（孙丽）";
    static final String P3 = "江边步道全长十二公里，沿途设了六个驿站，每个驿站都有饮水机、充电桩和急救箱，周末还有市民乐团在驿站旁边的草坪上演出。";

    static List<ImportedArticle> read(String... lines) {
        ImportResult result = PageImporter.read(String.join("\n", lines) + "\n");
        assertThat(result.layout().kind()).isEqualTo(LayoutRule.Kind.LINE_PER_PARAGRAPH);
        assertThat(result.unassigned()).as("nothing only in unassigned").isEmpty();
        return result.articles();
    }

    @Test
    void aContinuedStoryClosedByABracketedName_isBody_andTheOneLineKickerAndHeadlineBelowItSplit() {
        List<ImportedArticle> found = read("(上接第3版)", P2 + "(周明)",
                "老街菜市场改造完工暖人心 迎来新菜市 推出新书店", "本报讯 " + P1, P3, "记者　王晨");
        assertThat(found).hasSize(2);
        assertThat(found.get(0).article().body().get(0).text()).isEqualTo("(上接第3版)");
        ArticleInput second = found.get(1).article();
        assertThat(second.kicker()).isEqualTo("老街菜市场改造完工暖人心");
        assertThat(second.headline()).isEqualTo("迎来新菜市 推出新书店");
        assertThat(second.dateline()).isEqualTo("本报讯");
    }

    @Test
    void kind8_aReportersNotesLabelAndItsHeadingWithoutIndents_stayInTheStory() {
        for (String label : List.of("记者手记", "■记者手记", "链接")) {
            List<ImportedArticle> found = read("夜班公交司机的除夕", "本报讯 " + P1, P2, label, "平凡岗位的坚守", STEP1, P3,
                    "江边步道迎来首批游客", "本报讯 " + P3, P1);
            assertThat(found).as(label).extracting(f -> f.article().headline()).containsExactly("夜班公交司机的除夕", "江边步道迎来首批游客");
            assertThat(found.get(0).article().byline()).as(label + " names no reporter").isNullOrEmpty();
            assertThat(found.get(0).article().body()).as(label).extracting(b -> b.text()).contains("平凡岗位的坚守", STEP1);
        }
    }

    @Test
    void kind8_aBoxLabelAndItsHeading_stayInTheStory_evenWhereShortParagraphsLeaveThePageToTheLayoutRules() {
        List<ImportedArticle> found = read("老旧小区改造全面启动", "今年全市将改造老旧小区一百二十个，惠及居民三万户。",
                "改造内容包括加装电梯、管网更新和绿化提升。", "记者手记", "改造要听居民的声音", "居民最关心的是加装电梯的费用怎么分摊。",
                "■链接", "什么是老旧小区", "老旧小区是指建成年代较早、失养失修的住宅小区。",
                "菜篮子工程供应充足", "本报讯 今冬全市蔬菜价格平稳，批发市场日均上市量比去年多一成。");
        assertThat(found).extracting(f -> f.article().headline()).containsExactly("老旧小区改造全面启动", "菜篮子工程供应充足");
        assertThat(found.get(0).article().body()).extracting(b -> b.text()).contains("记者手记", "改造要听居民的声音", "■链接", "什么是老旧小区");
    }

    @Test
    void aBylineLineEndingIn报道_namesNoReporterCalled报道_andKeepsTheWord() {
        String page = String.join("\n", "江边步道迎来首批游客", "本报记者 王晨 林小雨 报道", P3, P1) + "\n";
        ImportResult result = PageImporter.read(page);
        assertThat(result.articles()).hasSize(1);
        assertThat(result.articles().get(0).article().byline()).extracting(b -> b.name()).containsExactly("王晨", "林小雨");
        assertThat(result.pieces().stream().map(Piece::text).reduce("", String::concat)).isEqualTo(page.replaceAll("\\s", ""));
    }

    @Test
    void aContinuationNoteAfterAJumpNote_opensTheNextStory() {
        List<ImportedArticle> found = read("江边步道迎来首批游客", "本报讯 " + P3, P1, "(下转第4版)", "(上接第2版)", P2, "记者　孙丽");
        assertThat(found).hasSize(2);
        assertThat(found.get(0).article().headline()).isEqualTo("江边步道迎来首批游客");
        assertThat(found.get(0).continuesOn()).isEqualTo(4);
        assertThat(found.get(1).continuedFrom()).isEqualTo(2);
        assertThat(found.get(1).article().byline()).extracting(b -> b.name()).containsExactly("孙丽");
    }

    @Test
    void aNoticeHeadline_startsItsOwnStory_taggedAsANotice() {
        List<ImportedArticle> found = read("江边步道迎来首批游客", "本报讯 " + P3, P1, "记者　孙丽", "图书馆启事", P2);
        assertThat(found).hasSize(2);
        assertThat(found.get(1).article().headline()).isEqualTo("图书馆启事");
        assertThat(found.get(1).article().tags()).contains("启事");
    }

    @Test
    void aHeadingLineOverADatelineParagraph_opensAStory_evenAfterAParagraphThatDoesNotCloseOne() {
        // The story before ends in a plain paragraph, no byline: only the dateline below says a story starts.
        List<ImportedArticle> found = read("江边步道迎来首批游客", "本报讯 " + P3, P1, P2, P3,
                "图书馆春节不闭馆", "本报江城2月3日电 " + P1, P2);
        assertThat(found).extracting(f -> f.article().headline()).containsExactly("江边步道迎来首批游客", "图书馆春节不闭馆");
        assertThat(found.get(1).article().dateline()).isEqualTo("本报江城2月3日电");
    }

    @Test
    void aStrayBlankLineAndAPullQuote_leaveThePageToTheModel_soAStoryWithoutADatelineStillStarts() {
        // A line of no-break spaces and a pull quote that does not close its sentence are no wrapped
        // export: the page still prints a paragraph a line, and the heading line over a plain paragraph opens a story.
        // The story before closes with its reporter's name, as a story does before the next one's head group.
        List<ImportedArticle> found = read("江边步道迎来首批游客", "本报江城2月3日电 " + P3, STEP1, "\u00a0", STEP2,
                "新区图书馆", "春节不闭馆", P1, P2, "书香过年。读者说，这是最安静的年味", P3);
        assertThat(found).hasSize(2);
        // Two short head lines: 引题 + 主题 or 主题 + 副题 is the model's call; both stay head lines of the second story.
        var second = found.get(1).article();
        assertThat(java.util.Arrays.asList(second.kicker(), second.headline(), second.subheadline())).containsSubsequence("新区图书馆", "春节不闭馆");
        String page = String.join("\n", "江边步道迎来首批游客", "本报江城2月3日电 " + P3, STEP1, "\u00a0", STEP2,
                "新区图书馆", "春节不闭馆", P1, P2, "书香过年。读者说，这是最安静的年味", P3) + "\n";
        assertThat(StoryLayout.linesAreParagraphs(page, PageReader.layout(page))).as("read by the line-role model").isTrue();
    }

    @Test
    void aPageWhoseProseIsCutAtAColumn_isLeftToTheLayoutRules() {
        String page = String.join("\n", "江边步道迎来首批游客", "本报江城2月3日电 江边步道全长十二公里。沿途设了六个",
                "驿站，每个驿站都有饮水机。周末还有市民", "乐团在草坪上演出。馆长说，去年春节期间", "到馆读者超过三万人次。") + "\n";
        assertThat(StoryLayout.linesAreParagraphs(page, PageReader.layout(page))).isFalse();
    }

    @Test
    void aBylineLineWithARoleAndNoName_isBody_neverASubheadline() {
        List<ImportedArticle> found = read("江边步道迎来首批游客", "本报评论员", P3, P1, P2);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).article().headline()).isEqualTo("江边步道迎来首批游客");
        assertThat(found.get(0).article().subheadline()).isNull();
        assertThat(found.get(0).article().byline()).extracting(b -> b.role()).containsExactly("本报评论员");
    }

    @Test
    void aSpacedBylineLineSectionHeadingsAndACredit_areBody_andTheCreditClosesTheStory() {
        // Paragraphs of two sentences' length, as a page that prints a paragraph a line has them.
        List<ImportedArticle> found = read("春节不闭馆", "本报记者 王 晨 林小雨", P1 + P2, "核心阅读", P2 + P3, "第一章 开放时间", P3 + P1,
                "第二章 少儿区", P1 + P2, "（王晨）", "版式设计：林小雨", "江边步道迎来首批游客", P3 + P1, P1 + P2);
        assertThat(found).extracting(f -> f.article().headline()).containsExactly("春节不闭馆", "江边步道迎来首批游客");
        assertThat(found).extracting(f -> f.article().kicker()).containsOnlyNulls();
    }

    @Test
    void aBracketedSourceWithATrailingNoBreakSpaceAndACreditLine_closeTheirStories() {
        List<ImportedArticle> found = read("春节不闭馆", P1 + P2, P2 + P3, "（本报江城电）\u00a0", "江边步道迎来首批游客", P3 + P1, P1 + P2,
                "制图：林小雨", "老街菜市场", P3 + P1);
        assertThat(found).extracting(f -> f.article().headline()).containsExactly("春节不闭馆", "江边步道迎来首批游客", "老街菜市场");
        assertThat(found).extracting(f -> f.article().kicker()).containsOnlyNulls();
    }

    @Test
    void aPhotoStoryAfterAStory_opensItsOwnStory_andItsCreditLineStaysWithIt() {
        // A photo story: a one-line headline, a one-line caption, the credit on a line of its own with a
        // spaced name. Neither is the headline an intertitle of the story before, nor the credit a kicker
        // of the story after.
        String caption = "二月十日清晨，江边步道上的市民在晨练，远处是刚刚亮灯的跨江大桥。";
        List<ImportedArticle> found = read("江边步道迎来首批游客", "本报江城2月3日电 " + P3, P1, P2,
                "江畔晨光", caption, "孙 丽摄",
                "老街菜市场改造完工", "本报江城2月3日电 （记者林小雨）" + P2);
        assertThat(found).extracting(f -> f.article().headline()).containsExactly("江边步道迎来首批游客", "江畔晨光", "老街菜市场改造完工");
        assertThat(found).extracting(f -> f.article().kicker()).containsOnlyNulls();
        assertThat(String.valueOf(found.get(1).article())).contains("孙 丽摄");
    }

    @Test
    void aShortSentenceClosingAStory_isNeverTheNextStorysKicker() {
        // A story's last paragraph can be a short sentence; a head line never ends with a full stop.
        List<ImportedArticle> found = read("两国领导人会谈", "本报江城2月3日电 （记者林小雨）" + P3, "全国人大常委会副委员长王晨参加会谈。",
                "老城灯会首开夜场（礼赞70年）", "本报江城2月3日电 （记者林小雨）" + P2);
        assertThat(found).extracting(f -> f.article().headline()).containsExactly("两国领导人会谈", "老城灯会首开夜场（礼赞70年）");
        assertThat(found.get(1).article().kicker()).isNull();
        assertThat(found.get(0).article().body()).extracting(b -> b.text()).contains("全国人大常委会副委员长王晨参加会谈。");
    }

    @Test
    void shortPagesOfPhotoStories_keepEachCreditWithItsOwnStory() {
        // A short page is read by the layout rules, not the flat model: a credit line is still no head line.
        ImportResult one = PageImporter.read(String.join("\n", "春节前的老街", "本报讯 " + P1, "夜市将营业到年底。", "年货市场人气旺",
                "图为市民在年货市场选购春联。", "新华社记者 王 晨摄", "社区食堂上新", "本报讯 " + P2) + "\n");
        assertThat(one.articles()).extracting(f -> f.article().headline()).containsExactly("春节前的老街", "年货市场人气旺", "社区食堂上新");
        assertThat(one.articles()).extracting(f -> f.article().kicker()).containsOnlyNulls();
        assertThat(String.valueOf(one.articles().get(1).article().body())).contains("王 晨摄");

        String photo = String.join("\n", "江畔晨光", "图为市民在江边步道上晨练，远处是刚刚亮灯的跨江大桥。", "周明 王 磊摄影报道");
        ImportResult three = PageImporter.read(String.join("\n", photo, photo.replace("江畔晨光", "老街灯会"), photo.replace("江畔晨光", "社区春晚")) + "\n");
        assertThat(three.articles()).extracting(f -> f.article().headline()).containsExactly("江畔晨光", "老街灯会", "社区春晚");
        assertThat(three.articles()).extracting(f -> f.article().kicker()).containsOnlyNulls();
        assertThat(three.unassigned()).isEmpty();
    }

    @Test
    void aPhotoCreditWithAReportersRole_staysText_andNamesNoReporter() {
        ImportResult r = PageImporter.read(String.join("\n", "老街夜市重新开张", "本报讯 老街夜市昨日重新开张，摊位一百二十个。", "图为市民在夜市选购小吃。",
                "新华社记者 孙丽摄", "地铁三号线全线贯通", "本报讯 地铁三号线今日全线贯通。") + "\n");
        assertThat(r.articles()).extracting(f -> f.article().headline()).containsExactly("老街夜市重新开张", "地铁三号线全线贯通");
        assertThat(r.articles()).allSatisfy(a -> assertThat(a.article().byline()).noneMatch(b -> String.valueOf(b.name()).endsWith("摄")));
        assertThat(String.valueOf(r.articles().get(0).article().body())).contains("孙丽摄");
    }

    @Test
    void aKickerEndingInADash_overAHeadlineAfterAParagraph_opensTheStoryBelow_notTheStoryAbove() {
        // Without indents the 引题 reads like an intertitle of the story above; the head group under it claims it.
        List<ImportedArticle> found = read("江边步道迎来首批游客", "本报江城2月3日电 " + P3, P1, P2,
                "江城市文化馆——", "把年味送进千家万户", "本报江城2月3日电 （记者林小雨）" + P2, P1);
        assertThat(found).extracting(f -> f.article().headline()).containsExactly("江边步道迎来首批游客", "把年味送进千家万户");
        assertThat(found.get(1).article().kicker()).isEqualTo("江城市文化馆——");
        assertThat(String.valueOf(found.get(0).article().body())).doesNotContain("江城市文化馆");
    }

    @Test
    void aSignatureUnderAPiece_staysWithIt_neverTheNextStorysKicker() {
        // A reader's place and name under a letter, a cartoon's credit, a commenter's handle: short, unpunctuated,
        // and right over the next story's headline, but they sign what is above them.
        for (String signature : List.of("浙江江城市 王晨", "林 晓图  王晨文", "——@小雨")) {
            List<ImportedArticle> found = read("江边步道迎来首批游客", "本报江城2月3日电 " + P3, P1, P2, signature,
                    "老城灯会首开夜场", "本报江城2月3日电 （记者林小雨）" + P2, P1);
            assertThat(found).as(signature).extracting(f -> f.article().headline()).containsExactly("江边步道迎来首批游客", "老城灯会首开夜场");
            assertThat(found.get(1).article().kicker()).as(signature).isNull();
            assertThat(String.valueOf(found.get(0).article().body())).as(signature).contains(signature);
        }
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} / {1}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "江城市工商联第三次代表大会举行|王晨出席 林雨讲话",
            "江城人大常委会第五次会议召开|王晨出席并讲话",
            "江城新春招聘会开幕|两万个岗位虚位以待",
            "江城发布人才引进新政|团队支持经费可达500万元",
            "全市春耕由南向北展开|今年粮食产量将保持稳定",
            "江城河长制评估结果公布|将每季度通报履职情况"})
    void anEventAndWhatFollowsFromIt_areHeadlineAndSubheadline(String headline, String subheadline) {
        // Two head lines over a dateline: what they say of each other (an event, then who attended it or what it
        // brings) reads them as 主题 + 副题.
        List<ImportedArticle> found = read("江边步道迎来首批游客", "本报江城2月3日电 " + P3, P1, P2, "（孙丽）",
                headline, subheadline, "本报江城2月3日电 （记者林小雨）" + P2, P1);
        assertThat(found).hasSize(2);
        ArticleInput second = found.get(1).article();
        assertThat(java.util.Arrays.asList(second.kicker(), second.headline(), second.subheadline()))
                .containsExactly(null, headline, subheadline);
    }

    @Test
    void twoHeadLinesTheModelsReadApart_sayTheReadingWasClose() {
        // The line-role model leans 引题 + 主题 here, the pair model (a figure in the second line) 主题 + 副题.
        List<ImportedArticle> found = read("江边步道迎来首批游客", "本报江城2月3日电 " + P3, P1, P2, "（孙丽）",
                "江城首条跨江隧道通车", "过江时间缩短到5分钟", "本报江城2月3日电 （记者林小雨）" + P2, P1);
        assertThat(found).hasSize(2);
        assertThat(found.get(1).unsure()).anyMatch(u -> u.startsWith("two head lines read as") && u.contains("close"));
    }

    @Test
    void signaturesClosingEachPiece_neverBecomeTheNextStorysHeadLines() {
        // Each piece signed on a line of its own; the next piece's head group right under the signature.
        String p1 = "本报讯 记者从区住建局获悉，老街改造工程已完成主体施工，沿街商铺将在春节前陆续开门迎客。";
        String p2 = "下一步，工程将分三期推进，预计明年年底全部完工，届时老街将恢复百年前的石板路面。";
        List<String> signatures = List.of("浙江江城市 王晨", "——@小雨", "林 晓图  王晨文", "——编 者", "山东江城县 王 晨");
        List<String> heads = List.of("社区服务站点亮冬夜", "老街夜市重新开张", "暖心驿站 温暖归途", "地铁三号线全线贯通", "冬季供暖有保障", "夜市将营业到年底");
        List<String> lines = new java.util.ArrayList<>();
        for (int i = 0; i < heads.size(); i++) {
            lines.addAll(List.of(heads.get(i), p1, p2));
            if (i < signatures.size()) {
                lines.add(signatures.get(i));
            }
        }
        List<ImportedArticle> found = read(lines.toArray(String[]::new));
        assertThat(found).extracting(f -> f.article().headline()).containsExactlyElementsOf(heads);
        for (int i = 0; i < signatures.size(); i++) {
            ArticleInput a = found.get(i).article();
            assertThat(a.body()).as(signatures.get(i)).extracting(b -> b.text()).last().isEqualTo(signatures.get(i));
            assertThat(found.get(i + 1).article().kicker()).as(signatures.get(i)).isNull();
        }
    }

    @Test
    void aPhotoCreditWithNoBreakSpaces_isTextOfItsStory_neverAnIntertitle() {
        // A web page's copy keeps its no-break spaces: inside the spaced name and after the credit.
        List<ImportedArticle> found = read("江边步道迎来首批游客", "本报江城2月3日电 " + P3, "图为市民在步道上晨练。", "孙\u00a0丽摄（城市影像）\u00a0", P2);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).article().body()).noneMatch(b -> news.broadsheet.article.Block.INTERTITLE.equals(b.type()));
    }
}
