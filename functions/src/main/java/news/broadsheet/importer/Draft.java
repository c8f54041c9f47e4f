package news.broadsheet.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.broadsheet.importer.rules.HeadGroupRule;

/** An article while the importer is still reading it. */
final class Draft {
    final int index;
    final List<String> recognised = new ArrayList<>();
    final List<String> unsure = new ArrayList<>();
    final List<String> tags = new ArrayList<>();
    /** Byline entries that print no role of their own but follow a role on the same line, by entry number. */
    final Map<Integer, String> sharedRoles = new HashMap<>();
    String generatedHeadline;
    /** The banner's text when an earlier story under the same banner holds the printed text. */
    String inheritedColumn;
    /** How the headline group was read, or null when the story had no heading lines. */
    HeadGroupRule.Reading headGroup;
    /** A story continued from another page with no heading here: titled from its own text, never from the note. */
    boolean continuation;
    /** The page a {@code (上接第N版)} note says the story comes from, if any. */
    Integer continuedFrom;
    /** The page a {@code (下转第N版)} note sends the story on to, if any. */
    Integer continuesOn;
    /** Holds text the reader could not place in any story (it has no head group of its own). */
    boolean unplaced;
    int blocks;
    int bylines;
    boolean hasBody;
    /** A trailing byline or a complete photo story closes an article: what follows starts a new one. */
    boolean ended;
    /**
     * The last line closed the piece (a photo credit or a signature on a line of its own): a heading next
     * opens a story, not an intertitle.
     */
    boolean closedByLine;

    Draft(int index) {
        this.index = index;
    }
}
