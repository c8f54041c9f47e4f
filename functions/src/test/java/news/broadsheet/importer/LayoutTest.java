package news.broadsheet.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import news.broadsheet.article.ArticleInput;
import news.broadsheet.article.Block;
import news.broadsheet.importer.rules.LayoutRule;
import news.broadsheet.importer.rules.LayoutRule.Kind;
import org.junit.jupiter.api.Test;

/** Which paragraph convention a file uses, decided per file, and what each does to the text. */
class LayoutTest {
    static final String THREE_STORIES_LINE_PER_PARAGRAPH = """
            老街改造启动
            沿街店铺正常营业
            本报讯 记者从区住建局获悉,老街改造工程昨日启动。
            施工期间沿街店铺正常营业。
            图书馆夜间开放
            本报讯 区图书馆从下周起每晚开放到九点。
            自习区新增座位两百个。
            读者可在网上预约座位。
            冬季供暖今起试运行
            本报合肥18日电 全市集中供暖今起试运行,
            正式供暖从下周一开始。
            热力公司开通了报修热线。
            """;

    static Kind kind(String page) {
        return PageImporter.read(page).layout().kind();
    }

    @Test
    void blankLinesBetweenParagraphs_withWrappedLines_isBlankLine_andTheWrapsAreJoined() {
        String page = "老街夜市重新开张\n\n本报讯 老街夜市昨晚重新开张，摊位一百二十\n个，市民排队品尝小吃。\n\n夜市将营业到年底，\n周末延长一小时。\n";
        ImportResult result = PageImporter.read(page);
        assertThat(result.layout().kind()).isEqualTo(Kind.BLANK_LINE);
        assertThat(result.layout().evidence()).contains("2 single line break(s), 0 of them after a closed sentence");
        assertThat(result.articles().get(0).article().body()).containsExactly(
                Block.paragraph("老街夜市昨晚重新开张，摊位一百二十个，市民排队品尝小吃。"),
                Block.paragraph("夜市将营业到年底，周末延长一小时。"));
    }

    @Test
    void blankLinesAndSentencesThatHappenToEndAtALineEnd_stayBlankLine() {
        // One wrap of three falls after a full stop: still a wrapped file, the paragraph stays whole.
        String page = "老街夜市重新开张\n\n本报讯 老街夜市昨晚重新开张，摊位一百二\n十个。市民排队\n品尝小吃。夜市将营业到年底，周\n末延长一小时。\n";
        assertThat(kind(page)).isEqualTo(Kind.BLANK_LINE);
        assertThat(PageImporter.read(page).articles().get(0).article().body()).hasSize(1);
    }

    @Test
    void indentedLinesWithNoBlankLines_isIndent_andEachIndentStartsAParagraph() {
        String page = "老街夜市重新开张\n\u3000\u3000本报讯 老街夜市昨晚重新开张，摊位一百二十个。\n\u3000\u3000夜市将营业到年底，周末延长一\n小时。\n\u3000\u3000市民排队品尝小吃。\n";
        ImportResult result = PageImporter.read(page);
        assertThat(result.layout().kind()).isEqualTo(Kind.INDENT);
        assertThat(result.articles().get(0).article().body()).containsExactly(
                Block.paragraph("老街夜市昨晚重新开张，摊位一百二十个。"),
                Block.paragraph("夜市将营业到年底，周末延长一小时。"),
                Block.paragraph("市民排队品尝小吃。"));
    }

    @Test
    void aLinePerParagraphPageOfThreeStories_isThreeStories_withTheirParagraphsIntact() {
        ImportResult result = PageImporter.read(THREE_STORIES_LINE_PER_PARAGRAPH);
        assertThat(result.layout().kind()).isEqualTo(Kind.LINE_PER_PARAGRAPH);
        assertThat(result.layout().evidence()).startsWith("one paragraph per line: 11 single line break(s), 10 of them");
        List<ArticleInput> articles = result.articles().stream().map(ImportedArticle::article).toList();
        assertThat(articles).extracting(ArticleInput::headline).containsExactly("老街改造启动", "图书馆夜间开放", "冬季供暖今起试运行");
        assertThat(articles.get(0).subheadline()).isEqualTo("沿街店铺正常营业");
        assertThat(articles.get(0).dateline()).isEqualTo("本报讯");
        assertThat(articles.get(0).body()).containsExactly(
                Block.paragraph("记者从区住建局获悉,老街改造工程昨日启动。"), Block.paragraph("施工期间沿街店铺正常营业。"));
        assertThat(articles.get(1).body()).containsExactly(Block.paragraph("区图书馆从下周起每晚开放到九点。"),
                Block.paragraph("自习区新增座位两百个。"), Block.paragraph("读者可在网上预约座位。"));
        // The one line cut mid-clause (it ends in a comma) is rejoined; the rest stay paragraphs.
        assertThat(articles.get(2).dateline()).isEqualTo("本报合肥18日电");
        assertThat(articles.get(2).body()).containsExactly(Block.paragraph("全市集中供暖今起试运行,正式供暖从下周一开始。"),
                Block.paragraph("热力公司开通了报修热线。"));
        assertThat(result.unassigned()).isEmpty();
        NothingLostTest.assertNothingLost(THREE_STORIES_LINE_PER_PARAGRAPH);
    }

    @Test
    void theRule_countsTheEvidence() {
        assertThat(LayoutRule.detect(List.of("一行。", "", "二行。")).kind()).isEqualTo(Kind.BLANK_LINE);
        assertThat(LayoutRule.detect(List.of("标题", "第一段。", "第二段。")).kind()).isEqualTo(Kind.LINE_PER_PARAGRAPH);
        assertThat(LayoutRule.detect(List.of("第一段写到一半，", "接着写完。", "", "第二段也写到一半，", "也接着写完。")).kind())
                .isEqualTo(Kind.BLANK_LINE);
        // No blank line at all: a third of the lines closing is enough; the cut ones are rejoined all the same.
        assertThat(LayoutRule.detect(List.of("第一段写到一半，", "接着写完。", "第二段也写到一半，", "也接着写完。")).kind())
                .isEqualTo(Kind.LINE_PER_PARAGRAPH);
        assertThat(PageImporter.read("标题\n第一段写到一半，\n接着写完。\n第二段也写到一半，\n也接着写完。\n").articles().get(0)
                .article().body()).containsExactly(Block.paragraph("第一段写到一半，接着写完。"), Block.paragraph("第二段也写到一半，也接着写完。"));
        assertThat(LayoutRule.detect(List.of("标题", "\u3000\u3000第一段。", "\u3000\u3000第二段。")).kind()).isEqualTo(Kind.INDENT);
    }
}
