package news.broadsheet.publish;

import java.util.List;

/** The CDN in front of the site: tells it to forget cached copies of some paths. */
public interface Cdn {
    /** Sends one invalidation for all the paths; returns its id. */
    String invalidate(List<String> paths);

    /** For a stack with no CDN (the local stack and static exports). */
    Cdn NONE = paths -> "none";
}
