package news.broadsheet.importer;

import java.util.List;
import java.util.Optional;
import news.broadsheet.importer.roles.PrintLine;

/**
 * Many print systems export a story's head group as fixed fields, 引题, 主题 and 副题 each on a line of
 * its own and an empty line for a field the story does not print, then the paragraphs with no blank
 * line between them. Two head lines with such an empty line right under them, over paragraphs that
 * follow each other, lack their 副题: they are 引题 + 主题. Two with no line under them but an empty one
 * (or the page's top) above them lack their 引题: 主题 + 副题. A page that puts a blank line after every
 * line (a wrapped export) says nothing this way, and neither does a group whose body is one line.
 */
final class EmptyHeadField {
    private EmptyHeadField() {}

    /**
     * For the two head lines at {@code first} and {@code first + 1} with body from {@code first + 2}:
     * true for 引题 + 主题, false for 主题 + 副题, empty where the blank lines do not tell.
     */
    static Optional<Boolean> kickerFirst(List<PrintLine> lines, int first) {
        if (first < 0 || first + 3 >= lines.size()) {
            return Optional.empty();
        }
        PrintLine second = lines.get(first + 1);
        PrintLine body = lines.get(first + 2);
        if (body.blankAfter() || lines.get(first).blankAfter()) {
            return Optional.empty();
        }
        if (second.blankAfter()) {
            return Optional.of(true);
        }
        return lines.get(first).blankBefore() ? Optional.of(false) : Optional.empty();
    }
}
