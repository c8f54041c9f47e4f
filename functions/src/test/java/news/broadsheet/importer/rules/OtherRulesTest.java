package news.broadsheet.importer.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each rule's own cases: the text in, what the rule makes of it. */
class OtherRulesTest {
    @ParameterizedTest(name = "{0} -> caption [{1}], credit [{2}]")
    @CsvSource(delimiter = '|', value = {
            "图为新开的社区食堂。林小雨 摄               | 图为新开的社区食堂。 | 林小雨 摄",
            "图为新开的社区食堂 林小雨 王晨 摄           | 图为新开的社区食堂   | 林小雨 王晨 摄",
            "图为新开的社区食堂。本报记者 张强 摄影报道  | 图为新开的社区食堂。 | 本报记者 张强 摄影报道",
            "图为新开的社区食堂。张强/摄                 | 图为新开的社区食堂。 | 张强/摄",
            "图为新开的社区食堂。(张强 摄)               | 图为新开的社区食堂。 | (张强 摄)",
            "图为新开的社区食堂。新华社记者 张强 摄      | 图为新开的社区食堂。 | 新华社记者 张强 摄",
            "图为新开的社区食堂。　张强　摄      | 图为新开的社区食堂。 | 张强　摄",
    })
    void photoCredits_keepEveryPrintedCharacter(String line, String caption, String credit) {
        assertThat(CaptionRule.caption(line.strip())).hasValueSatisfying(c -> assertThat(c).containsExactly(caption.strip(), credit.strip()));
    }

    @Test
    void captionLikeText_thatIsNotACredit() {
        assertThat(CaptionRule.caption("他们一起拍摄")).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> a photo credit line closing its story: {1}")
    @CsvSource(delimiter = '|', value = {
            "林小雨摄                   | true",
            "孙 丽摄（城市影像）        | true",
            "周明 王 晨摄影报道         | true",
            "新华社记者 林小雨摄        | true",
            "孙　丽　摄                 | true",
            // no-break spaces, as a web page's copy pastes them, inside and after the credit
            "孙\u00a0丽摄（城市影像）\u00a0 | true",
            "他们一起拍摄               | false",
            "镜头拍摄                   | false",
            "江边步道迎来首批游客       | false",
    })
    void photoCreditLines_closeTheirStory(String line, boolean credit) {
        assertThat(StoryEndRule.isPhotoCredit(line.strip())).isEqualTo(credit);
        assertThat(StoryEndRule.closesStory(line.strip())).isEqualTo(credit);
    }

    @ParameterizedTest(name = "{0} -> note={1}")
    @CsvSource({"(上接第1版), true", "（下转第3版）, true", "(接上页), true", "(第1版), false", "上接第1版, false"})
    void continuationNotes(String line, boolean note) {
        assertThat(NoteRule.isNote(line)).isEqualTo(note);
    }

    @Test
    void dateline_opensTheFirstParagraph_withAnOptionalBracketedByline() {
        assertThat(DatelineRule.split("本报讯 市图书馆昨日开放。")).hasValueSatisfying(d -> {
            assertThat(d[0]).isEqualTo("本报讯");
            assertThat(d[4]).isEqualTo("市图书馆昨日开放。");
        });
        assertThat(DatelineRule.split("本报讯(记者 林小雨)市图书馆昨日开放。")).hasValueSatisfying(d -> assertThat(d[2]).isEqualTo("记者 林小雨"));
        assertThat(DatelineRule.split("新华社北京1月4日电 国务院发布通知。")).hasValueSatisfying(d -> assertThat(d[0]).isEqualTo("新华社北京1月4日电"));
        assertThat(DatelineRule.split("据本报讯称")).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> dateline [{1}], bylines [{2}], body [{3}]")
    @CsvSource(delimiter = '|', value = {
            "本报讯(记者 王小明 通讯员 赵丽)3月2日,区图书馆开放。        | 本报讯          | 记者 王小明 通讯员 赵丽 | 3月2日,区图书馆开放。",
            "本报讯（记者　王小明　通讯员　赵丽）3月2日，区图书馆开放。  | 本报讯          | 记者　王小明　通讯员　赵丽 | 3月2日，区图书馆开放。",
            "本报讯 记者 王小明报道 3月2日，区图书馆开放。               | 本报讯          | 记者 王小明 | 3月2日，区图书馆开放。",
            "本报讯 记者王小明报道：区图书馆开放。                       | 本报讯          | 记者王小明 | 区图书馆开放。",
            "本报3月2日电 区图书馆开放。                                 | 本报3月2日电    | | 区图书馆开放。",
            "本报合肥18日电 区图书馆开放。                               | 本报合肥18日电  | | 区图书馆开放。",
            "【新华社北京3月2日电】区图书馆开放。                        | 【新华社北京3月2日电】 | | 区图书馆开放。",
    })
    void datelines_withTheBylinePrintedInside(String line, String dateline, String bylines, String rest) {
        assertThat(DatelineRule.split(line.strip())).hasValueSatisfying(d -> {
            assertThat(d[0]).isEqualTo(dateline.strip());
            assertThat(d[2]).isEqualTo(bylines == null ? null : bylines.strip());
            assertThat(d[4]).isEqualTo(rest.strip());
        });
    }

    @Test
    void aReporterSentenceStartingWith本报_isNotADateline() {
        assertThat(DatelineRule.split("本报记者昨日从市电力公司获悉，线路改造完成。")).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> heading={1}")
    @CsvSource(delimiter = '|', value = {
            "老街夜市焕新颜                         | true",
            "服务升级: “三个中心”一站办结         | true",
            "一是强化政策,健全机制                  | false",
            "夜市开到凌晨。                         | false",
            "本报讯 老街改造图书                    | false",
    })
    void headingLines(String line, boolean heading) {
        assertThat(HeadingRule.isHeading(line.trim())).isEqualTo(heading);
    }

    @ParameterizedTest(name = "{0} -> banner={1}")
    @CsvSource(delimiter = '|', value = {"聚焦 城市更新 | true", "聚焦\u3000老街改造 | true", "深入学习宣传贯彻全会精神 | true", "聚焦城市更新 | false", "老街夜市焕新颜 | false"})
    void columnBanners(String line, boolean banner) {
        assertThat(ColumnRule.isBanner(line.trim())).isEqualTo(banner);
    }

    @ParameterizedTest(name = "{0} -> broken={1}")
    @CsvSource(delimiter = '|', value = {
            "2022年,市里推动老 | true",
            "二是围绕建设步行街区,推进 | true",
            "夜市开到凌晨。 | false",
            "老街、新区两头建 | false",
    })
    void columnBreaks(String line, boolean broken) {
        assertThat(ColumnBreakRule.isBroken(line.trim())).isEqualTo(broken);
    }

    @Test
    void notices_andDashSubheadlines() {
        assertThat(HeadingRule.isNotice("寻人启事")).isTrue();
        assertThat(HeadingRule.isNotice("启事一则的故事")).isFalse();
        assertThat(HeadingRule.isDashSubheadline("——记老街的变迁")).isTrue();
    }

    @ParameterizedTest(name = "{0} -> a signature closing its piece: {1}")
    @CsvSource(delimiter = '|', value = {
            "浙江江城市 王晨|true", "山东江城县  孙丽|true", "广东江城新区 林 雨|true", "林 晓图  王晨文|true", "孙丽图（新华社发）  王晨文|true",
            "——@小雨|true", "——编  者|true", "——@小雨\u00a0|true",
            // head lines of the same shape
            "江城新区 春潮涌动|false", "老城夜市 王明|false", "老城新区 焕新颜|false", "江城市 王晨|false", "江城市文化馆——|false", "——写在新馆开放之际|false", "老街菜市场|false", "王晨|false"})
    void signatures(String line, boolean signature) {
        assertThat(StoryEndRule.isSignature(line)).isEqualTo(signature);
    }
}
