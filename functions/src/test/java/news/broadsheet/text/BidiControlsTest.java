package news.broadsheet.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The pairing rule, written with visible names: RLO, LRE (openers), PDF; RLI, FSI (isolates), PDI. */
class BidiControlsTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "a                  | a",
            "RLO a              | RLO a PDF",
            "RLO a PDF b        | RLO a PDF b",
            "a PDF b            | a b",
            "a PDI b            | a b",
            "RLI a              | RLI a PDI",
            "RLI RLO a PDI b    | RLI RLO a PDI b",
            "RLO RLI a PDF b    | RLO RLI a b PDI PDF",
            "LRE RLO a PDF      | LRE RLO a PDF PDF",
            "FSI a PDI PDI      | FSI a PDI",
    })
    void balanced_closesWhatIsOpen_andDropsClosersWithoutAnOpener(String in, String out) {
        assertThat(names(BidiControls.balanced(chars(in)))).isEqualTo(out.trim());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "RLO a PDF LRI b PDI | a b",
            "a                   | a",
    })
    void strip_dropsEveryScopeControl(String in, String out) {
        assertThat(names(BidiControls.strip(chars(in)))).isEqualTo(out.trim());
    }

    private static final String[][] NAMES = {{"LRE", "\u202A"}, {"RLE", "\u202B"}, {"PDF", "\u202C"}, {"LRO", "\u202D"},
            {"RLO", "\u202E"}, {"LRI", "\u2066"}, {"RLI", "\u2067"}, {"FSI", "\u2068"}, {"PDI", "\u2069"}};

    private static String chars(String named) {
        StringBuilder out = new StringBuilder();
        for (String word : named.trim().split(" ")) {
            String c = word;
            for (String[] n : NAMES) {
                c = word.equals(n[0]) ? n[1] : c;
            }
            out.append(c);
        }
        return out.toString();
    }

    private static String names(String chars) {
        StringBuilder out = new StringBuilder();
        chars.codePoints().forEach(cp -> {
            String word = Character.toString(cp);
            for (String[] n : NAMES) {
                word = n[1].equals(word) ? n[0] : word;
            }
            out.append(out.isEmpty() ? "" : " ").append(word);
        });
        return out.toString();
    }
}
