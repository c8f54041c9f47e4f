package news.broadsheet.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A doubt of the importer that also mentions a generated headline (the placement doubt of text read with no
 * head group above it) survives drafts made from the reading sent back unchanged: the reading does not find
 * it again, and a draft that said only that its headline was generated would lose the warning.
 */
class CarriedDoubtsLostTest {
    /**
     * Found by CarriedDoubtsFuzzTest (seed 7): sample lines with a ZWJ, a U+2028 and a U+2029 a text export may
     * carry (the ZWJ inside the credit's name, which made the credit a head line between two empty lines, taken out).
     */
    static final String PAGE = "河堤步道今起分段开放\n李想\n沿河十二公里步道今天起分三段开放。\n\n本报记者 王明 摄\n\n\u2028夜市延长营业到十点\n"
            + "老城夜市从本周五起延长营业。\n\u0301\n（转第3版）\n本报北\u200D京12月6日电 记者张三报道 今天上午举行。\n图为市民在步道上。\n新华社发\n"
            + "Apple Inc. re-\nported earnings.\n\u2029\n第二条消息\n正文一段。";

    @Test
    void theUnplacedTextDoubtSurvivesAnUnchangedReading() {
        ImportResult guess = PageImporter.read(PAGE);
        List<String> placement = guess.articles().stream().flatMap(a -> a.unsure().stream())
                .filter(u -> u.startsWith("text the reader could not place in a story")).toList();
        assertThat(placement).as("the importer doubts where some text belongs").isNotEmpty();
        List<ExplicitReading.Entry> reading = CarriedDoubtsFuzzTest.asRead(PAGE);
        ImportResult made = CarriedDoubts.carry(PAGE, reading, ExplicitReading.assemble(PAGE, reading));
        List<String> all = made.articles().stream().flatMap(a -> java.util.stream.Stream.concat(a.unsure().stream(), a.recognised().stream())).toList();
        assertThat(all).as("the editor changed nothing, so the importer's doubt is carried word for word").containsAll(placement);
    }
}
