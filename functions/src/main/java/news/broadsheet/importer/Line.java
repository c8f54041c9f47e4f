package news.broadsheet.importer;

import java.util.ArrayList;
import java.util.List;
import news.broadsheet.importer.Piece.Field;

/**
 * One paragraph of the page after the line rules ran: what kind it is and its text cut into
 * fragments, each already labelled with the field it feeds.
 */
record Line(Kind kind, List<Fragment> fragments) {
    enum Kind { TEXT, BYLINE, NOTE, CAPTION }

    /** A run of text for one field; {@code entry} tells apart the bylines of one byline line. */
    record Fragment(Field field, int entry, String text) {}

    Line {
        fragments = List.copyOf(fragments);
    }

    static Line text(String text) {
        return new Line(Kind.TEXT, List.of(new Fragment(Field.PARAGRAPH, 0, text)));
    }

    /** The TEXT line's whole text, its rejoined parts put together with no space. */
    String text() {
        StringBuilder out = new StringBuilder();
        fragments.forEach(f -> out.append(f.text()));
        return out.toString();
    }

    /**
     * This TEXT line with the next one's text appended: a rejoined column break. The break is dropped
     * between Han characters; between two Latin words ({@code Apple} + {@code Pay}) it stands for a space.
     */
    Line join(Line next) {
        List<Fragment> joined = new ArrayList<>(fragments);
        if (latinBoundary(text(), next.text())) {
            joined.add(new Fragment(Field.PARAGRAPH, 0, " "));
        }
        joined.addAll(next.fragments);
        return new Line(Kind.TEXT, joined);
    }

    /** A line break between a Latin letter or digit and a Latin letter separates two words. */
    static boolean latinBoundary(String before, String after) {
        return !before.isEmpty() && !after.isEmpty() && isLatin(before.charAt(before.length() - 1), true) && isLatin(after.charAt(0), false);
    }

    private static boolean isLatin(char c, boolean orDigit) {
        return (c < 0x80 && Character.isLetter(c)) || (orDigit && c >= '0' && c <= '9');
    }

    int parts() {
        return fragments.size();
    }
}
