package news.broadsheet.article;

import news.broadsheet.auth.Principal;
import news.broadsheet.auth.Role;

/**
 * Who may move an article from one status to another by editing it. Publishing (to
 * {@code published}) is the publisher's alone; it never happens through an edit.
 */
public final class Transitions {
    private Transitions() {}

    public static boolean allowed(Status from, Status to, Principal who) {
        if (from == to) {
            return true;
        }
        if (to == Status.PUBLISHED) {
            return false;
        }
        if (who.has(Role.EDITOR)) {
            return true;
        }
        boolean reporterMove = (from == Status.DRAFT && to == Status.READY) || (from == Status.READY && to == Status.DRAFT);
        return who.has(Role.REPORTER) && reporterMove;
    }

    /** Reporters edit only their own drafts (and mark them ready); editors edit everything. */
    public static boolean mayEdit(Article current, Principal who) {
        if (who.has(Role.EDITOR)) {
            return true;
        }
        boolean own = who.subject().equals(current.createdBy());
        boolean unpublished = current.status() == Status.DRAFT || current.status() == Status.READY;
        return who.has(Role.REPORTER) && own && unpublished;
    }
}
