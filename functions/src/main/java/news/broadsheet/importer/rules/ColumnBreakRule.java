package news.broadsheet.importer.rules;

/**
 * A print column break cuts a sentence, even a word, in two: the paragraph ends without closing
 * punctuation and is plainly running text (a comma or full stop inside, or longer than a heading),
 * and the next paragraph goes on. {@code …去年,区里改造了老} + {@code 街巷三十条…} → one paragraph,
 * joined with no space.
 */
public final class ColumnBreakRule {
    private ColumnBreakRule() {}

    public static boolean isBroken(String paragraph) {
        String text = paragraph.trim();
        return !text.isEmpty() && !Text.closes(text) && !HeadingRule.isHeading(text);
    }
}
