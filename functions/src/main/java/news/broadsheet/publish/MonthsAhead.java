package news.broadsheet.publish;

import java.util.ArrayList;
import java.util.List;
import news.broadsheet.publish.PublishedStore.MonthWrite;

/**
 * Archive months written ahead of a commit that would not fit in one step. DynamoDB's
 * TransactWriteItems holds at most 100 actions (DynamoDB API Reference, TransactWriteItems), and a
 * commit may carry a month per month page left unconfirmed: a decade's 121 after a rebuild's end died
 * after its intent, or every month when an older site's archive is upgraded. Such a commit writes the
 * months ahead, in steps of {@link #PER_STEP}, each month conditional on its version and each step on
 * the site record still being as this run's intent left it; the site record, the pointers and any
 * month that must change with them come last, in one step.
 *
 * <p>Why a month ahead of the site record is right: a month written ahead changes only its page's
 * entry (naming bytes this run already uploaded) or, for an upgrade, lists editions whose pointers are
 * already committed. If the commit then loses its race, the site record still names the page
 * unconfirmed and the next run renders and records it again. The month whose membership or
 * {@code lastmod} the commit changes ({@code stays}) is never written ahead: it would name an edition
 * the pointers do not.
 */
final class MonthsAhead {
    /** The most writes one step may hold: TransactWriteItems' documented limit of 100 actions. */
    static final int MAX_WRITES = 100;
    /** Months in one step ahead, room left for the site record's check. */
    static final int PER_STEP = 90;

    private MonthsAhead() {}

    /**
     * Writes ahead what the commit cannot hold and returns the months left for the commit itself: all
     * of them when the commit fits ({@code others + months} within {@link #MAX_WRITES}), else only those
     * in {@code stays}.
     *
     * @param others the commit's other writes (pointers, the site record, lines of the corrections log)
     * @param stays the month ({@code YYYY-MM}) that must change with the pointers; null for none
     * @param siteVersion the site record's version as the run's intent left it
     * @param stillHeld checks the run's lease before each step (throws when it was lost)
     * @throws LostRace when a month or the site record changed meanwhile; steps already written stay, as argued above
     */
    static List<MonthWrite> writeAhead(PublishedStore store, List<MonthWrite> months, int others, String stays,
                                       long siteVersion, Runnable stillHeld) {
        if (others + months.size() <= MAX_WRITES) {
            return months;
        }
        List<MonthWrite> ahead = new ArrayList<>();
        List<MonthWrite> kept = new ArrayList<>();
        months.forEach(w -> (w.next().month().equals(stays) ? kept : ahead).add(w));
        for (int from = 0; from < ahead.size(); from += PER_STEP) {
            stillHeld.run();
            store.writeAhead(ahead.subList(from, Math.min(from + PER_STEP, ahead.size())), siteVersion);
        }
        return kept;
    }
}
