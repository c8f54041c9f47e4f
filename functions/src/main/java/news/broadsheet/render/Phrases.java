package news.broadsheet.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A headline as the phrases it prints a space apart ({@code 建设便民温情驿站 画好邻里同心圆}): Chinese has
 * no spaces between words, so a space in a headline marks where a line should break, and the site
 * keeps each phrase on one line where it fits (web/templates/phrases.jte, CSS {@code .phrase}).
 * Spaces are ASCII, no-break or ideographic (U+3000) ones, kept as printed between the phrases.
 */
public final class Phrases {
    private static final Pattern SPACES = Pattern.compile("[ \\u00a0\\u3000]+");

    private Phrases() {}

    /** One piece of a headline: a phrase, or the spaces between two. */
    public record Part(String text, boolean space) {}

    /** The headline's phrases and the spaces between them, in order; one phrase for a headline with no inner space. */
    public static List<Part> of(String headline) {
        List<Part> out = new ArrayList<>();
        String text = headline.strip();
        Matcher m = SPACES.matcher(text);
        int at = 0;
        while (m.find()) {
            out.add(new Part(text.substring(at, m.start()), false));
            out.add(new Part(m.group(), true));
            at = m.end();
        }
        out.add(new Part(text.substring(at), false));
        return out;
    }
}
