package news.broadsheet.publish;

import news.broadsheet.failure.Conflict;

/**
 * A commit (or an intent's write) refused because a record it was conditional on changed since the
 * run read it: another edition's publication moved the site record, a month record or a neighbour's
 * pointer. Nothing was written. The publisher prepares the run again from what is now committed and
 * carries it out again a few times ({@link Publisher}) before the job fails with this message (409).
 */
public final class LostRace extends Conflict {
    public LostRace(String detail) {
        super(detail);
    }
}
