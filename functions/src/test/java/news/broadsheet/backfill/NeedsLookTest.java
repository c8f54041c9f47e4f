package news.broadsheet.backfill;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import news.broadsheet.importer.ImportedArticle;
import news.broadsheet.importer.rules.HeadGroupRule;
import org.junit.jupiter.api.Test;

/** The backfill summary's sentences: what a person should check in a story the importer read. */
class NeedsLookTest {
    static ImportedArticle found(HeadGroupRule.Reading reading, Integer continuedFrom, String... unsure) {
        return new ImportedArticle(null, List.of(), List.of(unsure), reading, continuedFrom, null);
    }

    static HeadGroupRule.Reading reading(double confidence, String alternative) {
        return new HeadGroupRule.Reading(List.of(new HeadGroupRule.Part(HeadGroupRule.Role.HEADLINE, "老街改造启动")), confidence,
                List.of(), alternative);
    }

    @Test
    void aCleanStory_needsNothing() {
        assertThat(NeedsLook.story("老街改造启动", 2, "本报讯", found(reading(0.95, null), null), null)).isEmpty();
    }

    @Test
    void aStoryWithoutDateline_isNamed() {
        assertThat(NeedsLook.story("老街改造启动", 2, null, found(null, null), null))
                .containsExactly("《老街改造启动》 (第2版) has no dateline");
    }

    @Test
    void headingLinesReadNearACoinToss_areNamed_withTheOtherReading() {
        assertThat(NeedsLook.story("老街改造启动", 2, "本报讯", found(reading(0.5, "引题 甲 + 主题 乙"), null), null))
                .containsExactly("《老街改造启动》 (第2版) heading lines read at confidence 0.5; or 引题 甲 + 主题 乙");
    }

    @Test
    void aContinuationWhoseStartIsNotInTheFile_isNamed_andItsMissingDatelineIsNot() {
        assertThat(NeedsLook.story("治理效果请居民评", 3, null, found(null, 1, "headline generated from the first intertitle"), null))
                .containsExactly("《治理效果请居民评》 (第3版) continues from 第1版, whose start is not in this file: join it by hand",
                        "《治理效果请居民评》 (第3版): headline generated from the first intertitle");
    }

    @Test
    void aContinuationJoinedInTheFile_isNotNamed() {
        assertThat(NeedsLook.story("治理效果请居民评", 3, "本报讯", found(null, 1), "continues 《甲》 from page 1")).isEmpty();
    }

    @Test
    void theLayoutEvidence_namesTheHeadersTheirPagesAndTheDateLine() {
        String text = "2031年3月14日城南日报 第2版\n\n第2版(城事)\n专栏:民生关注\n\n老街改造启动\n本报讯 老街改造工程昨日启动。\n";
        assertThat(NeedsLook.layoutEvidence(text))
                .isEqualTo("1 story header(s) (第N版(…)) on page(s) [2]; date line 2031-03-14 城南日报; one paragraph per line under each");
    }
}
