package news.broadsheet.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import news.broadsheet.article.ArticleInput;
import news.broadsheet.importer.roles.LineRole;
import news.broadsheet.importer.roles.PrintLine;
import org.junit.jupiter.api.Test;

/**
 * A fixed-field export that types no indents: 引题, 主题 and 副题 a line each, an empty line for a missing
 * one, then the paragraphs, no blank line between stories. Only the empty lines say where a story starts
 * and which of two head lines is the 主题. Our own words.
 */
class FixedFieldsTest {
    /** Four stories, none opening with a dateline; the third with an intertitle and a byline line inside. */
    static final String PAGE = String.join("\r\n",
            "",
            "新区图书馆春节照常开放",
            "每天开放到晚上九点",
            "记者从江城市文化局获悉，新区图书馆春节期间照常开放，每天开放时间从原来的下午五点延长到晚上九点，除夕当天下午提前到三点闭馆，方便市民和返乡的年轻人在假期里读书、自习和查阅资料。",
            "馆内新设了少儿阅读区，摆放了三千多册绘本和立体书，每天上午和下午各请一位志愿者给孩子们读故事，家长可以在旁边的休息区喝茶看报，不少家庭一待就是大半天。",
            "文化局有关负责人说，往年春节期间到馆的读者比平时多一倍，今年馆里增加了两个借还书窗口和四台自助借还机，并在门口设置了临时存包处，尽量不让读者排队等候。",
            "江城市文化馆——",
            "非遗课堂走进社区",
            "",
            "腊月二十六上午，江城市文化馆的两位剪纸老师带着红纸和剪刀来到东湖社区活动室，手把手教居民剪窗花、写春联，三十多位居民从早上九点一直学到中午，活动室里笑声不断。",
            "七十岁的刘阿姨剪了一对喜鹊登梅，她说自己小时候跟奶奶学过剪纸，后来进了工厂上班，几十年没再动过剪刀，这回跟着老师从折纸开始重新学，没想到手上的功夫还在。",
            "据介绍，文化馆今年计划把剪纸、面塑、皮影等非遗课堂开进全市二十个社区，每个社区每月至少安排一次，所需材料由文化馆统一提供，居民报名不收任何费用。",
            "",
            "春运首日客流平稳",
            "",
            "春运第一天，江城火车站发送旅客四万二千人次，比去年同期略有增加，其中学生和务工人员占了一半以上，车站加开了十二趟临时列车，进站口和售票厅秩序井然。",
            "为了方便旅客，车站在二楼候车室增设了母婴休息区和重点旅客服务台，老人、孕妇和带小孩的旅客可以提前进站，服务台还免费提供热水、常用药品和手机充电。",
            "志愿者在进站口帮旅客搬行李",
            "本报记者 王晨",
            "站内两百多名志愿者分成早中晚三班轮流值守，在进站口、候车室和站台为老人和带孩子的旅客提供引导、搬运行李等服务，不少志愿者是利用寒假回乡的大学生。",
            "车站负责人提醒旅客，春运期间客流较大，请至少提前半小时到站，留出安检、实名制验证和候车的时间，乘车前可以通过车站公众号查询列车的到发信息。",
            "",
            "江边步道全线贯通",
            "沿途设有六个驿站",
            "全长十二公里的江边步道日前全线贯通，从老城码头一直延伸到新区湿地公园，沿途设有六个驿站，驿站里有直饮水、公共厕所和自行车维修点，供市民歇脚、饮水。",
            "周末傍晚，不少市民沿着步道散步、跑步和骑行，江风吹来十分惬意，每逢周六晚上还有市民乐团在三号驿站旁的小广场演出，吸引了附近的居民带着孩子前来观看。",
            "");

    @Test
    void emptyFieldLinesSayWhereStoriesStartAndWhichLineIsTheHeadline() {
        assertThat(FixedFields.exported(PrintLine.of(PAGE))).isTrue();
        ImportResult result = PageImporter.read(PAGE);

        List<ArticleInput> drafts = result.articles().stream().map(ImportedArticle::article).toList();
        assertThat(drafts).extracting(ArticleInput::kicker, ArticleInput::headline, ArticleInput::subheadline).containsExactly(
                org.assertj.core.groups.Tuple.tuple(null, "新区图书馆春节照常开放", "每天开放到晚上九点"),
                org.assertj.core.groups.Tuple.tuple("江城市文化馆——", "非遗课堂走进社区", null),
                org.assertj.core.groups.Tuple.tuple(null, "春运首日客流平稳", null),
                org.assertj.core.groups.Tuple.tuple(null, "江边步道全线贯通", "沿途设有六个驿站"));
        // The intertitle and the byline line inside the third story stay in it.
        String third = drafts.get(2).body().stream().map(b -> b.text() == null ? "" : b.text()).reduce("", String::concat);
        assertThat(third).contains("志愿者在进站口帮旅客搬行李").contains("站内两百多名志愿者分成早中晚三班");
        assertThat(result.unassigned()).isEmpty();
    }

    @Test
    void aFixedFieldPageOfShortParagraphs_isStillReadByItsFields() {
        // Paragraphs a line each, but short: without the empty field lines the page would go to the layout rules.
        String page = String.join("\n", "城市更新", "老旧小区改造全面启动", "", "今年全市将改造老旧小区一百二十个，惠及居民三万户。",
                "改造内容包括加装电梯、管网更新和绿化提升。", "", "菜篮子工程供应充足", "本市蔬菜价格平稳",
                "今冬全市蔬菜价格平稳，批发市场日均上市量比去年多一成。", "超市里的新鲜蔬菜比上月便宜了一些。", "",
                "社区食堂推出冬季新菜单", "", "东湖社区食堂本周起推出冬季新菜单，每份午餐十二元。", "老人凭卡还能再打九折。", "");
        List<ArticleInput> drafts = PageImporter.read(page).articles().stream().map(ImportedArticle::article).toList();
        assertThat(drafts).extracting(ArticleInput::kicker, ArticleInput::headline, ArticleInput::subheadline).containsExactly(
                org.assertj.core.groups.Tuple.tuple("城市更新", "老旧小区改造全面启动", null),
                org.assertj.core.groups.Tuple.tuple(null, "菜篮子工程供应充足", "本市蔬菜价格平稳"),
                org.assertj.core.groups.Tuple.tuple(null, "社区食堂推出冬季新菜单", null));
    }

    /**
     * One story of four letters, each under a heading of its own, parted by lines of no-break spaces: the
     * story's empty 引题 and 副题 stand around its 主题, and no paragraph stands under the 主题 (the first
     * letter's heading does).
     */
    static final String LETTERS = String.join("\n",
            "",
            "写给远方亲人的信（新春家书）",
            "",
            "山里的路修好了",
            "亲爱的妈妈：",
            "今年我在山区修公路，春节不能回家了。工地上的同事们一起包了饺子，大家说说笑笑，也很热闹。",
            "路修好以后，山里的橘子两个小时就能运到城里，乡亲们都盼着这一天。请您放心，我一切都好。",
            "李明",
            "（作者为江城市公路局技术员）",
            "\u00a0",
            "实验室里的新年",
            "亲爱的爸爸：",
            "除夕晚上，我和师兄们在实验室守着一组数据，零点的时候大家在走廊里看了一会儿烟花。",
            "导师说这组数据要是顺利，明年夏天我们的论文就能发表了。等忙完这一阵，我就回家看您。",
            "张悦",
            "（作者为江城大学博士研究生）",
            "",
            "海上的年夜饭",
            "亲爱的爸妈：",
            "我们的船正在印度洋上，船长特意让厨师做了一桌年夜饭，还给每个人发了红包。",
            "海上信号不好，视频总是断，但我知道你们一定在看春节晚会。明年春节，我一定回家过年。",
            "王海",
            "（作者为远洋货轮船员）",
            "\u00a0",
            "哨所的春联",
            "亲爱的奶奶：",
            "边防哨所今年第一次贴上了战士们自己写的春联，我写的那一副贴在了瞭望塔的门口。",
            "您教我写的毛笔字终于派上了用场。等轮休的时候，我给您带一副回去。",
            "赵刚",
            "（作者为边防某部战士）",
            "");

    @Test
    void aPageOfOneStoryWhoseBodyOpensUnderAHeading_isReadByItsFields() {
        // A lone head line between an empty 引题 and an empty 副题 shows the fields as well as a 主题 over a paragraph.
        assertThat(FixedFields.exported(PrintLine.of(LETTERS))).isTrue();
    }

    @Test
    void aHeadingWithAParagraphRightUnderIt_opensNoStoryOfAFixedFieldPage() {
        // Each letter's heading follows an empty line as a 主题 does, but a story's 主题 has a 副题 line (empty or
        // not) under it, and these have a paragraph.
        ImportResult result = PageImporter.read(LETTERS);
        assertThat(result.articles()).extracting(a -> a.article().headline()).containsExactly("写给远方亲人的信（新春家书）");
        assertThat(result.unassigned()).isEmpty();
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} over {1}, empty line between: {2}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            // A 主题 over its empty 副题 and a paragraph; a 主题 over a 副题 line.
            "HEADLINE|BODY|true|0",
            "HEADLINE|SUBHEADLINE|false|0",
            // A 主题 with a paragraph right under it: the 副题 line is missing, dearer than a stray empty line.
            "HEADLINE|BODY|false|6",
            // Two paragraphs parted by a stray empty line; a 主题 right after a paragraph has lost its 引题 line.
            "BODY|BODY|true|0",
            "BODY|HEADLINE|false|4",
            "BODY|KICKER|false|0"})
    void theFieldsCostOfTwoNeighbouringRoles(LineRole previous, LineRole role, boolean emptyLineBetween, double cost) {
        String second = role == LineRole.BODY ? "江边步道全长十二公里，沿途设了六个驿站，每个驿站都有饮水机。" : "非遗课堂走进社区";
        String first = previous == LineRole.BODY ? "周末还有市民乐团在驿站旁的小广场演出，吸引了不少居民。" : "江城新建十座口袋公园";
        String page = first + "\n" + (emptyLineBetween ? "\n" : "") + second + "\n";
        assertThat(FixedFields.cost(PrintLine.of(page)).cost(1, previous, role)).isEqualTo(cost);
    }

    @Test
    void aFewStrayBlankLinesOrABlankLineBetweenStoriesAreNoFixedFields() {
        // Two lines of no-break spaces inside a story, on a page without indents.
        String stray = String.join("\n", "春运首日客流平稳", "春运第一天，江城火车站发送旅客四万二千人次，比去年同期略有增加。", "\u00a0",
                "车站在候车室增设了母婴休息区和重点旅客服务台。", "\u00a0", "志愿者在进站口帮旅客搬行李",
                "站内两百多名志愿者轮班值守，为老人和带孩子的旅客提供引导服务。");
        assertThat(FixedFields.exported(PrintLine.of(stray))).isFalse();
        // A blank line between stories: each blank stands after a paragraph and over a head line.
        StringBuilder between = new StringBuilder();
        for (int s = 0; s < 6; s++) {
            between.append("第").append(s + 1).append("个驿站今天开放\n")
                    .append("全长十二公里的江边步道日前全线贯通，沿途设有六个驿站，供市民歇脚、饮水。\n")
                    .append("周末傍晚，不少市民沿着步道散步、骑行，还有市民乐团在驿站旁演出。\n\n");
        }
        assertThat(FixedFields.exported(PrintLine.of(between.toString()))).isFalse();
        // The same, each story closing with a photo credit set off by empty lines: a credit is no 主题.
        StringBuilder credits = new StringBuilder();
        for (int s = 0; s < 6; s++) {
            credits.append("第").append(s + 1).append("个驿站今天开放\n")
                    .append("全长十二公里的江边步道日前全线贯通，沿途设有六个驿站，供市民歇脚、饮水。\n")
                    .append("图为市民在驿站旁的小广场上观看演出。\n\n本报记者 王明摄\n\n");
        }
        assertThat(FixedFields.exported(PrintLine.of(credits.toString()))).isFalse();
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "line {1} of {0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            // (a closed paragraph), empty 引题, the head line, 副题: a missing 引题
            "P _ H S P|1|true",
            // head line, empty 副题, paragraph: a missing 副题
            "P K H _ P|2|true",
            // a head line between paragraphs with no empty line: an intertitle, nothing to say
            "P H P|1|false",
            // a head line over an empty line and another head line: no paragraph under it
            "P H _ H P|1|false",
            // a paragraph after an empty line is no head line
            "P _ P P|1|false"})
    void aLineStandingWhereAHeadlineStands(String shape, int line, boolean expected) {
        StringBuilder page = new StringBuilder();
        for (String part : shape.split(" ")) {
            page.append(switch (part) {
                case "P" -> "江边步道全长十二公里，沿途设了六个驿站，每个驿站都有饮水机、充电桩和急救箱，周末还有市民乐团演出。";
                case "K" -> "江城市文化馆——";
                case "H" -> "非遗课堂走进社区";
                case "S" -> "剪纸面塑皮影每月一课";
                default -> "";
            }).append("\n");
        }
        assertThat(FixedFields.standsAsHeadline(PrintLine.of(page.toString()), line)).isEqualTo(expected);
    }
}
