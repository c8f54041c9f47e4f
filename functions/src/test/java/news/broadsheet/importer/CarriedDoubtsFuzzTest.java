package news.broadsheet.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import news.broadsheet.failure.DomainException;
import news.broadsheet.importer.ExplicitReading.Entry;
import org.junit.jupiter.api.Test;

/** Hostile pages and readings (control, bidi, zero-width and line-separator characters; shuffled roles and stories) through ExplicitReading and CarriedDoubts, as ImportService calls them: a 4xx or drafts that keep the importer's doubts. */
class CarriedDoubtsFuzzTest {
    static final String[] ODD = {"\u202E", "\u200B", "\u200D", "\u2028", "\u2029", "\u0085", "\u000B", "\u000C", "\u0000",
            "\u0007", "\u001B[31m", "\uD800", "\uFEFF", "\u061C", "\u2066", "\u3000", "\u2800", "\u0301"};
    static final String[] ROLES = {"column", "kicker", "headline", "subheadline", "byline", "dateline", "paragraph",
            "intertitle", "caption", "credit", "note"};

    static List<Entry> asRead(String page) {
        List<Entry> out = new ArrayList<>();
        for (LineReadings.LineReading l : LineReadings.of(page, PageImporter.read(page))) {
            out.add(new Entry(l.line(), l.story(), l.role(), l.parts(), l.joins()));
        }
        return out;
    }

    static String page(Random r) {
        List<String> lines = new ArrayList<>(List.of(CarriedDoubtsTest.PAGE.split("\n", -1)));
        lines.addAll(List.of("（转第3版）", "本报北京12月6日电 记者张三报道 今天上午举行。", "图为市民在步道上。", "新华社发",
                "Apple Inc. re-", "ported earnings.", "", "第二条消息", "正文一段。"));
        for (int i = 0; i < lines.size(); i++) {
            if (r.nextInt(3) == 0) {
                String odd = ODD[r.nextInt(ODD.length)];
                String l = lines.get(i);
                int at = l.isEmpty() ? 0 : r.nextInt(l.length() + 1);
                lines.set(i, l.substring(0, at) + odd + l.substring(at));
            }
        }
        return String.join(r.nextBoolean() ? "\n" : "\r\n", lines);
    }

    /** Every hostile page and reading ends in drafts or a DomainException (4xx), never anything else (500). */
    @Test
    void noReadingMakesAnythingButDraftsOrA4xx() {
        Random r = new Random(7);
        List<String> failures = new ArrayList<>();
        for (int round = 0; round < 400; round++) {
            String page = page(r);
            // What ImportService.checkText lets through to the reading (others are a 400 before it).
            if (news.broadsheet.text.TextRules.isBlank(page) || page.codePoints().anyMatch(c -> c == 0 || (c < 0x20 && c != '\n' && c != '\r' && c != '\t'))
                    || news.broadsheet.text.TextRules.problem(page).isPresent()) {
                continue;
            }
            List<Entry> reading;
            try {
                reading = asRead(page);
            } catch (RuntimeException e) {
                failures.add("dry run broke on " + escape(page) + ": " + e);
                continue;
            }
            List<Entry> mutated = new ArrayList<>();
            int story = 0;
            for (Entry e : reading) {
                switch (round % 4) {
                    case 0 -> mutated.add(e);
                    case 1 -> mutated.add(new Entry(e.line(), 0, e.role(), e.parts(), e.joins()));
                    case 2 -> mutated.add(new Entry(e.line(), story++ % 49, ROLES[r.nextInt(ROLES.length)]));
                    default -> mutated.add(new Entry(e.line(), Math.min(e.story(), story), ROLES[r.nextInt(ROLES.length)], e.parts(),
                            r.nextBoolean()));
                }
                story = Math.max(story, mutated.get(mutated.size() - 1).story() + 1);
            }
            try {
                ImportResult made = CarriedDoubts.carry(page, mutated, ExplicitReading.assemble(page, mutated));
                if (round % 4 == 0) {
                    ImportResult guess = PageImporter.read(page);
                    for (int i = 0; i < Math.min(guess.articles().size(), made.articles().size()); i++) {
                        for (String d : guess.articles().get(i).unsure()) {
                            if (!made.articles().get(i).unsure().contains(d)) {
                                failures.add("unchanged reading lost doubt '" + d + "' on " + escape(page));
                            }
                        }
                    }
                }
            } catch (DomainException expected) {
                if (round % 4 == 0) {
                    failures.add("the dry run's own reading, sent back unchanged, refused: " + expected.getMessage() + " on " + escape(page));
                }
            } catch (RuntimeException e) {
                failures.add(e + " on " + escape(page));
            }
        }
        assertThat(failures).isEmpty();
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(c -> b.append(c < 0x20 || c > 0x7e && c < 0x3000 && c != 0xFF08 && c != 0xFF09 || Character.isSurrogate((char) c)
                ? String.format("\\u%04X", c) : new String(Character.toChars(c))));
        return b.toString();
    }
}
