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

    /** This TEXT line with the next one's text appended: a rejoined column break. */
    Line join(Line next) {
        List<Fragment> joined = new ArrayList<>(fragments);
        joined.addAll(next.fragments);
        return new Line(Kind.TEXT, joined);
    }

    int parts() {
        return fragments.size();
    }
}
