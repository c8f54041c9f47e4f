package news.broadsheet.epaper.locate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Radical look-alikes fold to the ideographs Unicode's EquivalentUnifiedIdeograph.txt names for them. */
class RadicalsTest {

    @ParameterizedTest(name = "U+{0} folds to U+{1}")
    @CsvSource({
            // CJK Radicals Supplement: rows of EquivalentUnifiedIdeograph.txt, some outside the BMP.
            "2E81, 5382", "2E82, 4E5B", "2E88, 5200", "2E8D, 5C0F", "2E97, 5FC3", "2EAA, 24D14", "2EAB, 76EE",
            "2EB3, 34C1", "2EBD, 26951", "2EC0, 8279", "2ECF, 9091", "2ED6, 961D", "2EE1, 29810", "2EF3, 9F9F",
            // Kangxi Radicals by NFKC; 戶 and 靑 folded on to the simplified forms a font draws alike.
            "2F47, 65E5", "2F00, 4E00", "2FBA, 99AC", "2F3E, 6237", "2FAD, 9752",
            // Neither block: unchanged (U+2E9A is unassigned; U+2E80 has no equivalent).
            "2E9A, 2E9A", "2E80, 2E80", "4E2D, 4E2D"})
    void foldsEachRadicalToItsIdeograph(String radical, String ideograph) {
        String in = Character.toString(Integer.parseInt(radical, 16));
        String out = Character.toString(Integer.parseInt(ideograph, 16));
        assertEquals("前" + out + "后", Radicals.fold("前" + in + "后"));
    }

    @Test
    void theSupplementTableHasEveryRowOfTheUnicodeFile() {
        // 114 mapped code points from U+2E81 to U+2EF3 (UCD 14.0 and later), none outside that range.
        assertEquals(114, Radicals.SUPPLEMENT.size());
        assertEquals(0, Radicals.SUPPLEMENT.keySet().stream().filter(cp -> cp < 0x2E81 || cp > 0x2EF3).count());
    }
}
