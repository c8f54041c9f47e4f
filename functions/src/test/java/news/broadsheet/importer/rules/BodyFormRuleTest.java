package news.broadsheet.importer.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Lines that print only inside or at the end of a story, in our own words. */
class BodyFormRuleTest {
    @ParameterizedTest
    @ValueSource(strings = {"第三章 建设江边步道", "第十二节　完善社区服务", "核心阅读", "■链  接", "版式设计：王晨", "本版制图：林小雨\u00a0",
            "图片来源：江城日报", "（孙丽）", "（本系列报道到此结束）", "（综合王晨、林小雨报道）\u00a0", "本报记者 王 晨 林小雨",
            "本报驻江城记者  孙  丽", "亲爱的妈妈：", "尊敬的各位读者：", "敬爱的李老师:"})
    void bodyForms(String line) {
        assertThat(BodyFormRule.isBodyForm(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"江城：每天十万人走上江边步道", "第三个春天", "（二〇一九年三月二日）", "（2019年3月2日江城市人民代表大会通过）",
            "核心阅读的力量", "记者节里的记者", "新区图书馆春节不闭馆", "亲爱的江城", "亲爱的江城，我们回来了：", "市文旅局："})
    void headLines(String line) {
        assertThat(BodyFormRule.isBodyForm(line)).isFalse();
    }
}
