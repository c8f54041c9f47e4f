package news.broadsheet.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What an import says it changed or skipped in the export before reading it. Our own words. */
class PrintTextTest {
    @Test
    void linesOfOnlyInvisibleCharacters_areSaidToBeReadAsBlank() {
        String page = String.join("\n", "江边步道迎来首批游客", "\u061C\u200E", "本报讯 步道今天开放。", "\u0301\u0301", "\u2066\u2069", "\u3000\u3000", "") ;
        PrintText read = PrintText.of(page, false);
        assertThat(read.notes()).anyMatch(n -> n.startsWith("3 lines of only invisible characters"));
    }

    @Test
    void aPageOfVisibleLinesAndPlainBlankLines_hasNoSuchNote() {
        PrintText read = PrintText.of("江边步道迎来首批游客\n\n\u3000\u3000\n本报讯 步道今天开放。\n", false);
        assertThat(read.notes()).noneMatch(n -> n.contains("invisible"));
    }
}
