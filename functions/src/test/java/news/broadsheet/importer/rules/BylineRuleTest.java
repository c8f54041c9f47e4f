package news.broadsheet.importer.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import news.broadsheet.article.Byline;
import org.junit.jupiter.api.Test;

class BylineRuleTest {
    @Test
    void aLineOfBylines_givesRoleAndNamePairs() {
        assertThat(BylineRule.line("记者 林小雨 通讯员 周明")).contains(List.of(new Byline("记者", "林小雨"), new Byline("通讯员", "周明")));
        assertThat(BylineRule.line("本报记者 陈晓东 王晨")).contains(List.of(new Byline("本报记者", "陈晓东"), new Byline("本报记者", "王晨")));
        assertThat(BylineRule.line("记者孙丽")).contains(List.of(new Byline("记者", "孙丽")));
        assertThat(BylineRule.line("本报评论员")).contains(List.of(new Byline("本报评论员", null)));
        assertThat(BylineRule.line("本报记者\u3000林小雨\u3000王晨")).contains(List.of(new Byline("本报记者", "林小雨"), new Byline("本报记者", "王晨")));
        // 报道 after the names says what they did: no reporter called 报道.
        assertThat(BylineRule.line("本报记者 林小雨 王晨 报道")).contains(List.of(new Byline("本报记者", "林小雨"), new Byline("本报记者", "王晨")));
        assertThat(BylineRule.line("记者 孙丽 采写")).contains(List.of(new Byline("记者", "孙丽")));
    }

    /**
     * Papers pad a two-character name to a three-character one's width with a space between its
     * characters (吴 浩); 文 after the last name says "text by", as 报道 does. Each spaced pair is one
     * name; a lone character that pairs with no other is no name, and the line is no byline.
     */
    @Test
    void aTwoCharacterNameSpacedOut_isOneName_andATrailing文_isNoName() {
        assertThat(BylineRule.line("本报记者 吴 浩 苗 禾文")).contains(List.of(new Byline("本报记者", "吴浩"), new Byline("本报记者", "苗禾")));
        assertThat(BylineRule.line("记者　吴　浩　林小雨　通讯员　苗　禾")).contains(
                List.of(new Byline("记者", "吴浩"), new Byline("记者", "林小雨"), new Byline("通讯员", "苗禾")));
        assertThat(BylineRule.line("本报记者 林小雨 吴 浩 文")).contains(List.of(new Byline("本报记者", "林小雨"), new Byline("本报记者", "吴浩")));
        assertThat(BylineRule.line("记者 吴 浩、苗 禾")).contains(List.of(new Byline("记者", "吴浩"), new Byline("记者", "苗禾")));
        assertThat(BylineRule.glued("老街换了新颜。” 记者 吴 浩")).hasValueSatisfying(p -> assertThat(p).containsExactly("老街换了新颜。”", "记者 吴 浩"));
        // A lone character is no name: no byline, whatever role opens the line.
        assertThat(BylineRule.line("记者 吴 林小雨")).isEmpty();
        assertThat(BylineRule.line("本报记者 吴 浩 苗")).isEmpty();
        assertThat(BylineRule.line("记者 文")).isEmpty();
    }

    @Test
    void aPhotoCredit_isNotAByline_evenWithAReportersRole() {
        // 摄 glued to the name is the photographer's credit, not a reporter named 孙丽摄.
        assertThat(BylineRule.line("新华社记者 孙丽摄")).isEmpty();
        assertThat(BylineRule.line("本报记者 孙丽摄影报道")).isEmpty();
        assertThat(BylineRule.line("本报记者　林小雨　孙丽")).isPresent();
    }

    @Test
    void runningText_isNotAByline() {
        assertThat(BylineRule.line("记者走进社区，听居民说。")).isEmpty();
        assertThat(BylineRule.line("林小雨 记者")).isEmpty();
        assertThat(BylineRule.line("公园开放")).isEmpty();
    }

    @Test
    void aBylineGluedToTheLastParagraph_isCutOff() {
        assertThat(BylineRule.glued("老街换了新颜。” 记者 吴浩")).hasValueSatisfying(p -> assertThat(p).containsExactly("老街换了新颜。”", "记者 吴浩"));
        assertThat(BylineRule.glued("老街换了新颜 记者 吴浩")).isEmpty();
    }

    @Test
    void aBracketedNameClosingTheLastParagraph_isCutOff() {
        assertThat(BylineRule.bracketed("夜市开到凌晨。(郑海燕)")).hasValueSatisfying(p -> assertThat(p).containsExactly("夜市开到凌晨。", "(", "郑海燕", ")"));
        assertThat(BylineRule.bracketed("共收藏图书18198件(套)")).isEmpty();
    }

    @Test
    void aHeadlineEndingInABracketedColumnName_isNotAByline() {
        // A 主题 may close with its column's name in brackets; before it stands no closed sentence.
        assertThat(BylineRule.bracketed("守住“舌尖上的安全”（城南论坛）")).isEmpty();
        assertThat(BylineRule.bracketed("让老街留住烟火气（民生观察）")).isEmpty();
        assertThat(BylineRule.bracketed("夜市开到凌晨。”（郑海燕）")).hasValueSatisfying(p -> assertThat(p[2]).isEqualTo("郑海燕"));
        // A long paragraph closed by a quotation without a stop is still a paragraph with its byline.
        assertThat(BylineRule.bracketed("馆长说，去年春节期间到馆读者超过三万人次，今年又增加了古籍修复体验和非遗剪纸课，名额先到先得“额满为止”（郑海燕）"))
                .hasValueSatisfying(p -> assertThat(p[2]).isEqualTo("郑海燕"));
    }
}
