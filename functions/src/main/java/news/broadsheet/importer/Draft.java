package news.broadsheet.importer;

import java.util.ArrayList;
import java.util.List;

/** An article while the importer is still reading it. */
final class Draft {
    final int index;
    final List<String> recognised = new ArrayList<>();
    final List<String> unsure = new ArrayList<>();
    final List<String> tags = new ArrayList<>();
    String generatedHeadline;
    int blocks;
    int bylines;
    boolean hasBody;
    /** A trailing byline or a complete photo story closes an article: what follows starts a new one. */
    boolean ended;

    Draft(int index) {
        this.index = index;
    }
}
