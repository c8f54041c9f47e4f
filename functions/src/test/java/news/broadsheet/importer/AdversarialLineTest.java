package news.broadsheet.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Stream;
import news.broadsheet.importer.roles.LineFeatures;
import news.broadsheet.importer.roles.PrintLine;
import news.broadsheet.importer.rules.BylineRule;
import news.broadsheet.importer.rules.CaptionRule;
import news.broadsheet.importer.rules.ColumnBreakRule;
import news.broadsheet.importer.rules.ColumnRule;
import news.broadsheet.importer.rules.DatelineRule;
import news.broadsheet.importer.rules.HeadGroupRule;
import news.broadsheet.importer.rules.HeadingRule;
import news.broadsheet.importer.rules.LayoutRule;
import news.broadsheet.importer.rules.NoteRule;
import news.broadsheet.importer.rules.PunctuationRule;
import news.broadsheet.importer.rules.StoryEndRule;
import news.broadsheet.importer.rules.Text;
import news.broadsheet.text.TextRules;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule the importer runs on a line, over 64 KB adversarial lines, on a 256 KB thread stack
 * (a quarter of the JVM's default): each must return. A regular expression whose repeated group
 * holds an alternation or a nested quantifier recurses once per repetition in java.util.regex and
 * overflows the stack on a long line; the rules must not have that shape, or must not try a line that
 * long.
 */
class AdversarialLineTest {
    static final int SIZE = 64 * 1024;
    static final long STACK = 256 * 1024;

    record Rule(String name, Consumer<String> run) {
        @Override
        public String toString() {
            return name;
        }
    }

    static String fill(String unit, String prefix, String suffix) {
        StringBuilder b = new StringBuilder(prefix);
        while (b.length() < SIZE) {
            b.append(unit);
        }
        return b.append(suffix).toString();
    }

    static List<String> lines() {
        String names = LongLineTest.names(SIZE / 4);
        return List.of(
                names,
                "本报讯 以下同志获评优秀志愿者：" + names,
                fill("张三 ", "", ""),
                fill("本报记者 ", "", ""),
                fill("本报记者 ", "", "张三 摄"),
                "居民在新开的食堂就餐。" + names + " 摄",
                "居民在新开的食堂就餐。本报记者 " + names,
                "居民在新开的食堂就餐。（" + names + "）",
                "本报北京3月14日电 记者 " + names + " 报道：",
                fill("张三、", "", ""),
                fill("张三，", "", ""),
                fill("张\u3000", "", ""),
                fill("张", "", "摄"),
                fill(" ", "", ""),
                fill("（张三）", "", ""),
                fill("第3版", "（上接", "）"),
                fill("夜(", "", ")"),
                fill("聚焦 ", "", ""));
    }

    static List<Rule> rules() {
        return List.of(
                new Rule("CaptionRule.caption", CaptionRule::caption),
                new Rule("BylineRule.line", BylineRule::line),
                new Rule("BylineRule.glued", BylineRule::glued),
                new Rule("BylineRule.bracketed", BylineRule::bracketed),
                new Rule("DatelineRule.split", DatelineRule::split),
                new Rule("ColumnRule.isBanner", ColumnRule::isBanner),
                new Rule("ColumnBreakRule.isBroken", ColumnBreakRule::isBroken),
                new Rule("HeadingRule.isHeading", HeadingRule::isHeading),
                new Rule("HeadingRule.isDashSubheadline", HeadingRule::isDashSubheadline),
                new Rule("HeadingRule.isNotice", HeadingRule::isNotice),
                new Rule("HeadGroupRule.read", s -> HeadGroupRule.read(List.of(s))),
                new Rule("LayoutRule.detect", s -> LayoutRule.detect(List.of(s))),
                new Rule("NoteRule.isNote", NoteRule::isNote),
                new Rule("NoteRule.page", NoteRule::page),
                new Rule("StoryEndRule.closesStory", StoryEndRule::closesStory),
                new Rule("PunctuationRule.toFullWidth", PunctuationRule::toFullWidth),
                new Rule("PunctuationRule.betweenChinese", PunctuationRule::betweenChinese),
                new Rule("Text.words", Text::words),
                new Rule("Text.closes", Text::closes),
                new Rule("TextRules.problem", TextRules::problem),
                new Rule("LineFeatures.all", s -> LineFeatures.all(PrintLine.of(s))),
                new Rule("PageReader.classify", PageReader::classify),
                new Rule("PageReader.bylineLine", PageReader::bylineLine),
                new Rule("ArchiveDump.read", ArchiveDump::read));
    }

    static Stream<Arguments> everyRule() {
        return rules().stream().map(Arguments::of);
    }

    @ParameterizedTest
    @MethodSource("everyRule")
    void eachRule_returnsOnA64KbLine_onASmallStack(Rule rule) throws InterruptedException {
        List<String> failed = new ArrayList<>();
        for (String line : lines()) {
            AtomicReference<Throwable> thrown = new AtomicReference<>();
            Thread t = new Thread(null, () -> {
                try {
                    rule.run().accept(line);
                } catch (Throwable e) {
                    thrown.set(e);
                }
            }, "adversarial-line", STACK);
            t.start();
            t.join(20_000);
            if (t.isAlive()) {
                failed.add("did not return within 20 s on " + line.substring(0, 12) + "…");
            } else if (thrown.get() != null) {
                failed.add(thrown.get().getClass().getSimpleName() + " on " + line.substring(0, 12) + "…");
            }
        }
        assertThat(failed).as(rule.name()).isEmpty();
    }
}
