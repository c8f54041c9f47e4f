package news.broadsheet.fakes;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import news.broadsheet.publish.LoggedCorrection;
import news.broadsheet.publish.ArchiveMonth;
import news.broadsheet.publish.PublishedEdition;
import news.broadsheet.publish.PublishedStore;
import news.broadsheet.publish.SiteRecord;
import news.broadsheet.publish.Snapshot;

/** {@link PublishedStore} in memory: a write checks every condition, then applies all of it, or none; it can be made to fail. */
public final class InMemoryPublishedStore implements PublishedStore {
    private final TreeMap<String, PublishedEdition> pointers = new TreeMap<>();
    private final Map<String, Snapshot> snapshots = new HashMap<>();
    private final Map<String, ArchiveMonth> months = new TreeMap<>();
    private SiteRecord site = SiteRecord.EMPTY;
    private final TreeMap<String, LoggedCorrection> log = new TreeMap<>();
    private final Map<String, String> tombstones = new TreeMap<>();
    private final Map<String, java.util.Set<String>> shown = new HashMap<>();
    /** Items read (a call reading one record counts one), for tests of what a publication reads. */
    public final AtomicInteger reads = new AtomicInteger();
    /** Snapshots read: the reads that grow with an edition's size. */
    public final AtomicInteger snapshotReads = new AtomicInteger();
    private volatile int writesAllowed = Integer.MAX_VALUE;

    @Override
    public synchronized Optional<PublishedEdition> find(String date) {
        reads.incrementAndGet();
        return Optional.ofNullable(pointers.get(date));
    }

    @Override
    public synchronized Snapshot snapshot(PublishedEdition edition) {
        reads.incrementAndGet();
        snapshotReads.incrementAndGet();
        return snapshots.get(edition.snapshotId());
    }

    @Override
    public synchronized Optional<PublishedEdition> before(String date) {
        reads.incrementAndGet();
        return pointers.headMap(date, false).descendingMap().values().stream().filter(PublishedEdition::committed).findFirst();
    }

    @Override
    public synchronized Optional<PublishedEdition> after(String date) {
        reads.incrementAndGet();
        return pointers.tailMap(date, false).values().stream().filter(PublishedEdition::committed).findFirst();
    }

    @Override
    public synchronized List<PublishedEdition> newest(int n) {
        reads.incrementAndGet();
        return pointers.descendingMap().values().stream().filter(PublishedEdition::committed).limit(n).toList();
    }

    @Override
    public synchronized List<PublishedEdition> committed() {
        List<PublishedEdition> all = pointers.values().stream().filter(PublishedEdition::committed).toList();
        reads.addAndGet(Math.max(1, all.size()));   // an item each, as DynamoDB would count them
        return all;
    }

    @Override
    public synchronized SiteRecord site() {
        reads.incrementAndGet();
        return site;
    }

    @Override
    public synchronized ArchiveMonth month(String month) {
        reads.incrementAndGet();
        return months.getOrDefault(month, ArchiveMonth.empty(month));
    }

    @Override
    public synchronized int stage(String snapshotId, Snapshot snapshot) {
        snapshots.put(snapshotId, snapshot);
        return 1;
    }

    @Override
    public synchronized List<LoggedCorrection> latestCorrections(int limit) {
        reads.incrementAndGet();
        return log.descendingMap().values().stream().limit(limit).toList();
    }

    @Override
    public synchronized void write(List<PointerWrite> writes, SiteWrite siteWrite, List<MonthWrite> monthWrites) {
        write(writes, siteWrite, monthWrites, List.of());
    }

    @Override
    public synchronized void write(List<PointerWrite> writes, SiteWrite siteWrite, List<MonthWrite> monthWrites,
                                   List<LoggedCorrection> logged) {
        write(writes, siteWrite, monthWrites, logged, List.of());
    }

    @Override
    public synchronized void write(List<PointerWrite> writes, SiteWrite siteWrite, List<MonthWrite> monthWrites,
                                   List<LoggedCorrection> logged, List<LoggedCorrection> unlogged) {
        if (writesAllowed-- <= 0) {
            throw new IllegalStateException("injected failure writing the published record");
        }
        for (PointerWrite w : writes) {
            PublishedEdition stored = pointers.get(w.next().date());
            if ((stored == null ? 0 : stored.revision()) != w.expectedRevision()) {
                throw new news.broadsheet.publish.LostRace("pointer " + w.next().date() + " changed meanwhile");
            }
        }
        if (siteWrite != null && site.version() != siteWrite.expectedVersion()) {
            throw new news.broadsheet.publish.LostRace("the site record changed meanwhile");
        }
        for (MonthWrite w : monthWrites) {
            if (months.getOrDefault(w.next().month(), ArchiveMonth.empty(w.next().month())).version() != w.expectedVersion()) {
                throw new news.broadsheet.publish.LostRace("month " + w.next().month() + " changed meanwhile");
            }
        }
        for (MonthWrite w : monthWrites) {
            ArchiveMonth n = w.next();
            months.put(n.month(), new ArchiveMonth(n.month(), n.editions(), n.page(), w.expectedVersion() + 1, n.modified()));
        }
        for (PointerWrite w : writes) {
            PublishedEdition n = w.next();
            pointers.put(n.date(), n.withRevision(w.expectedRevision() + 1));
        }
        if (siteWrite != null) {
            SiteRecord n = siteWrite.next();
            site = n.withVersion(siteWrite.expectedVersion() + 1);
        }
        unlogged.forEach(l -> log.remove(l.key()));
        logged.forEach(l -> log.put(l.key(), l));
    }

    @Override
    public synchronized void discard(String snapshotId) {
        snapshots.remove(snapshotId);
    }

    @Override
    public synchronized void bury(java.util.Collection<String> keys, String removedAt) {
        keys.forEach(k -> tombstones.put(k, removedAt));
    }

    @Override
    public synchronized boolean buried(String key) {
        return tombstones.containsKey(key);
    }

    @Override
    public synchronized java.util.Set<String> buriedIn(String scope) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        tombstones.keySet().stream().filter(k -> news.broadsheet.publish.Planner.scopeOf(k).equals(scope)).forEach(out::add);
        return out;
    }

    @Override
    public synchronized void unbury(java.util.Collection<String> keys) {
        keys.forEach(tombstones::remove);
    }

    public synchronized Map<String, String> tombstones() {
        return new TreeMap<>(tombstones);
    }

    /** Lets {@code n} more writes through (a publication's intent is one, its commit the next), then fails each. */
    public void failWritesAfter(int n) {
        writesAllowed = n;
    }

    public void heal() {
        writesAllowed = Integer.MAX_VALUE;
    }

    public synchronized int snapshotsKept() {
        return snapshots.size();
    }

    public synchronized Map<String, PublishedEdition> pointers() {
        return new TreeMap<>(pointers);
    }

    @Override
    public synchronized void mayShow(String date, Collection<String> articleIds) {
        articleIds.forEach(id -> shown.computeIfAbsent(id, k -> new java.util.TreeSet<>()).add(date));
    }

    @Override
    public synchronized void noLongerShows(String date, Collection<String> articleIds) {
        articleIds.forEach(id -> shown.getOrDefault(id, new java.util.TreeSet<>()).remove(date));
    }

    @Override
    public synchronized java.util.Set<String> mayShow(String articleId) {
        return new java.util.TreeSet<>(shown.getOrDefault(articleId, java.util.Set.of()));
    }
}
