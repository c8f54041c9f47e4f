package news.broadsheet.article;

import news.broadsheet.auth.Principal;
import news.broadsheet.auth.Role;
import news.broadsheet.failure.Forbidden;

/**
 * Who may change an article, and move it from one status to another, by editing it. Editors edit
 * everything; reporters edit their own drafts, mark them ready, and take a ready one back to draft
 * while no edition has laid it out. Publishing (to {@code published}) is the publisher's alone; it
 * never happens through an edit.
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

    /** Whether {@code who} may edit {@code current} at all: checked before the request's content is. */
    public static void checkMayEdit(Article current, Principal who) {
        if (who.has(Role.EDITOR)) {
            return;
        }
        boolean own = who.has(Role.REPORTER) && who.subject().equals(current.createdBy());
        boolean open = current.status() == Status.DRAFT || current.status() == Status.READY && current.edition() == null;
        if (!own || !open) {
            throw new Forbidden("reporters may edit only their own drafts (and take a ready one back to draft before it is laid out)");
        }
    }

    /**
     * Whether {@code who} may change the text of {@code current}: editors any article, reporters only
     * their own drafts. The same rule as {@link #checkEdit} for an edit that keeps the status; the
     * importer asks it before it appends a continued story to its start.
     */
    public static boolean mayChangeText(Article current, Principal who) {
        return who.has(Role.EDITOR)
                || who.has(Role.REPORTER) && who.subject().equals(current.createdBy()) && current.status() == Status.DRAFT;
    }

    /** Whether {@code who} may turn {@code current} into {@code next}. */
    public static void checkEdit(Article current, Article next, Principal who) {
        checkMayEdit(current, who);
        if (!allowed(current.status(), next.status(), who)) {
            throw new Forbidden("you may not move an article from " + current.status().wire() + " to " + next.status().wire());
        }
        boolean contentChanged = !current.editable().equals(next.editable().withStatus(current.status()));
        if (!who.has(Role.EDITOR) && current.status() != Status.DRAFT && contentChanged) {
            throw new Forbidden("reporters may edit only their drafts; move it back to draft first");
        }
    }
}
