package news.broadsheet.publish;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The record of what is on the site: one {@link PublishedEdition} pointer per edition, each naming a
 * {@link Snapshot} stored in parts of bounded size, one {@link ArchiveMonth} per month listing the
 * editions on the site, and one {@link SiteRecord} for the site-wide objects and the months' counts.
 * A publication stages its snapshot (invisible), then commits with {@link #write}: every pointer it
 * changes, the month it changes and the site record in one all-or-nothing step (months beyond what one
 * step holds go first, each conditional: {@link #writeAhead}). Nothing else changes
 * what the record says is published.
 *
 * <p>"What is published for edition D?" is {@code find(D).filter(PublishedEdition::committed)} and
 * then {@link #snapshot}. Neighbours are keyed lookups ({@link #before}, {@link #after}); the
 * editions of a month are one item ({@link #month}). Nothing a publication calls grows with the archive.
 */
public interface PublishedStore {
    /** The pointer of an edition, committed or not; empty when no publication of it ever started. */
    Optional<PublishedEdition> find(String date);

    /** The pointers of several editions (dates), as {@link #find} reads each: a date with none is not in the map. */
    default java.util.Map<String, PublishedEdition> findAll(java.util.Collection<String> dates) {
        java.util.Map<String, PublishedEdition> found = new java.util.HashMap<>();
        for (String date : dates) {
            find(date).ifPresent(p -> found.put(date, p));
        }
        return found;
    }

    /** The committed snapshot a pointer names. */
    Snapshot snapshot(PublishedEdition edition);

    /** The latest committed edition dated before {@code date}. */
    Optional<PublishedEdition> before(String date);

    /** The earliest committed edition dated after {@code date}. */
    Optional<PublishedEdition> after(String date);

    /** The {@code n} newest committed editions, newest first: one keyed read, however long the archive. */
    List<PublishedEdition> newest(int n);

    /**
     * Every committed edition, oldest first. Reads as many items as the archive has editions, so no
     * publication calls it; it is for tools that look at the whole archive.
     */
    List<PublishedEdition> committed();

    /** A month ({@code YYYY-MM}) of the archive: one keyed read; {@link ArchiveMonth#empty} when none was written. */
    ArchiveMonth month(String month);

    SiteRecord site();

    /** Stores a snapshot under a new id, in parts; returns how many. Invisible until a pointer names it. */
    int stage(String snapshotId, Snapshot snapshot);

    /**
     * Writes the pointers and the site record in one step that happens whole or not at all, each
     * conditional on the revision (version) it was read at.
     *
     * @throws news.broadsheet.failure.Conflict when any of them changed since it was read
     */
    default void write(List<PointerWrite> pointers, SiteWrite site) {
        write(pointers, site, List.of());
    }

    /** As {@link #write(List, SiteWrite)}, with the archive months the commit changes, in the same step. */
    void write(List<PointerWrite> pointers, SiteWrite site, List<MonthWrite> months);

    /**
     * As {@link #write(List, SiteWrite, List)}, appending {@code logged} to the corrections log in the same
     * all-or-nothing step, so an entry is in the log exactly when the publication that first showed
     * it is committed. Appending an entry already logged changes nothing.
     */
    default void write(List<PointerWrite> pointers, SiteWrite site, List<MonthWrite> months, List<LoggedCorrection> logged) {
        if (!logged.isEmpty()) {
            throw new UnsupportedOperationException("this published record keeps no corrections log");
        }
        write(pointers, site, months);
    }

    /**
     * As {@link #write(List, SiteWrite, List, List)}, also removing {@code unlogged} from the
     * corrections log in the same step (lines of stories the publication takes off the site), so the
     * log never names a page that answers 410 once the commit says the page is gone.
     */
    default void write(List<PointerWrite> pointers, SiteWrite site, List<MonthWrite> months, List<LoggedCorrection> logged,
                       List<LoggedCorrection> unlogged) {
        if (!unlogged.isEmpty()) {
            throw new UnsupportedOperationException("this published record keeps no corrections log");
        }
        write(pointers, site, months, logged);
    }

    /**
     * Writes archive months ahead of a commit too large for one step ({@link MonthsAhead}): in one
     * all-or-nothing step, each month conditional on its version, and only while the site record is
     * still at {@code siteVersion} (0: none).
     *
     * @throws LostRace when a month or the site record changed since it was read
     */
    default void writeAhead(List<MonthWrite> months, long siteVersion) {
        if (site().version() != siteVersion) {
            throw new LostRace("the site record changed since it was read");
        }
        write(List.of(), null, months);
    }

    /** The newest {@code limit} lines of the corrections log, newest first (a bounded read). */
    default List<LoggedCorrection> latestCorrections(int limit) {
        return List.of();
    }

    /**
     * Records that the committed snapshot of edition {@code date} may show these articles. A
     * publication calls it before its commit, so the index never misses an edition that shows an
     * article; it may name one that no longer does (see {@link #showing}). A record that keeps no
     * index (a test's stand-in) ignores it and {@link #showing} finds nothing.
     */
    default void mayShow(String date, Collection<String> articleIds) {
    }

    /** Forgets that edition {@code date} shows these articles: called after the commit that stops showing them. */
    default void noLongerShows(String date, Collection<String> articleIds) {
    }

    /** The editions the index says may show the article (a superset of those that do), in any order. */
    default Set<String> mayShow(String articleId) {
        return Set.of();
    }

    /**
     * The editions ({@code YYYY-MM-DD}, oldest first) whose committed snapshot shows the article: the
     * copies of it on the site. An article laid out in one edition can still stand in another's
     * published snapshot (taken out of that layout, not republished), so a correction must reach them
     * all. Each candidate of the index is confirmed against its snapshot, the one record of what is out.
     */
    default List<String> showing(String articleId) {
        return mayShow(articleId).stream().sorted()
                .filter(d -> find(d).filter(PublishedEdition::committed).map(this::snapshot)
                        .flatMap(s -> s.article(articleId)).isPresent())
                .toList();
    }

    /** Removes a snapshot no pointer names any more (best effort: a leftover costs storage only). */
    void discard(String snapshotId);

    /**
     * Records that a publication removed these site keys (a take-down's pages, a withdrawn article's
     * page), so that the site answers 410 Gone there rather than 404. Written before the objects are
     * deleted; recording a key again only moves its time. A tombstone matters only while the bucket
     * has no object at its key: the bucket answers first.
     *
     * @param keys site keys as in the bucket, such as {@code editions/2026-01-06/index.html}
     * @param removedAt ISO 8601 instant
     */
    void bury(Collection<String> keys, String removedAt);

    /** Whether a publication removed this site key (see {@link #bury}). */
    boolean buried(String key);

    /** The removed keys of one planner scope ({@link Planner#scopeOf}): {@code edition/2026-01-06} or {@code site}. */
    Set<String> buriedIn(String scope);

    /** Forgets tombstones of keys that are on the site again. */
    void unbury(Collection<String> keys);

    /** A pointer to write ({@code next}, whose revision is ignored) if the stored one is still at {@code expectedRevision} (0: none). */
    record PointerWrite(PublishedEdition next, long expectedRevision) {}

    /** A month of the archive to write if the stored one is still at {@code expectedVersion} (0: none). */
    record MonthWrite(ArchiveMonth next, long expectedVersion) {}

    /** The site record to write if the stored one is still at {@code expectedVersion} (0: none). */
    record SiteWrite(SiteRecord next, long expectedVersion) {}
}
