package news.broadsheet.fakes;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import news.broadsheet.publish.EditionHeld;
import news.broadsheet.publish.JobError;
import news.broadsheet.publish.Lapsed;
import news.broadsheet.publish.Publication;
import news.broadsheet.publish.PublicationStore;

/** {@link PublicationStore} in memory, with the same lease rules as the DynamoDB adapter. */
public final class InMemoryPublicationStore implements PublicationStore {
    private record Lock(String publication, Instant leaseUntil, Instant chunksUntil) {
        Lock(String publication, Instant leaseUntil) {
            this(publication, leaseUntil, Instant.EPOCH);
        }

        boolean heldAt(Instant now) {
            return !leaseUntil.isBefore(now) || !chunksUntil.isBefore(now);
        }
    }

    private final Map<String, Publication> jobs = new HashMap<>();
    private final Map<String, Lock> locks = new HashMap<>();

    @Override
    public synchronized void start(Publication job, Instant leaseUntil, Instant now) {
        Lock held = locks.get(job.edition());
        if (held != null && held.heldAt(now)) {
            throw EditionHeld.conflict(job.edition(), held.publication(), jobs.get(held.publication()),
                    held.leaseUntil().isAfter(held.chunksUntil()) ? held.leaseUntil() : held.chunksUntil());
        }
        if (held != null) {
            Publication dead = jobs.get(held.publication());
            if (dead != null && !dead.finished()) {
                jobs.put(dead.id(), dead.failed(JobError.interrupted("the publisher stopped without finishing"), now.toString()));
            }
        }
        jobs.put(job.id(), job);
        locks.put(job.edition(), new Lock(job.id(), leaseUntil));
    }

    @Override
    public synchronized boolean renew(Publication job, Instant leaseUntil) {
        Lock held = locks.get(job.edition());
        if (held == null || !held.publication().equals(job.id())) {
            return false;
        }
        locks.put(job.edition(), new Lock(job.id(), leaseUntil, held.chunksUntil()));
        return true;
    }

    @Override
    public synchronized boolean holdUntil(Publication job, Instant until, Instant now) {
        Lock held = locks.get(job.edition());
        if (held == null || !held.publication().equals(job.id()) || !held.heldAt(now)) {
            return false;
        }
        if (held.chunksUntil().isBefore(until)) {
            locks.put(job.edition(), new Lock(job.id(), held.leaseUntil(), until));
        }
        return true;
    }

    @Override
    public synchronized Optional<Publication> find(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    @Override
    public synchronized Optional<Publication> current(String id, Instant now) {
        Publication job = jobs.get(id);
        if (job == null) {
            return Optional.empty();
        }
        Lock held = locks.get(job.edition());
        Instant until = held == null || !held.publication().equals(id) ? null
                : held.leaseUntil().isAfter(held.chunksUntil()) ? held.leaseUntil() : held.chunksUntil();
        return Optional.of(Lapsed.seen(job, until, now));
    }

    @Override
    public synchronized void save(Publication job) {
        jobs.put(job.id(), job);
    }

    @Override
    public synchronized void finish(Publication job) {
        jobs.put(job.id(), job);
        Lock held = locks.get(job.edition());
        if (held != null && held.publication().equals(job.id())) {
            locks.remove(job.edition());
        }
    }

    @Override
    public synchronized java.util.List<Publication> ofEdition(String date, int limit) {
        return jobs.values().stream().filter(j -> j.edition().equals(date))
                .sorted(java.util.Comparator.comparing(Publication::createdAt).thenComparing(Publication::id).reversed())
                .limit(limit).toList();
    }

    /** The lease of the edition's lock, to let a test age it. */
    public synchronized void expireLease(String edition) {
        Lock held = locks.get(edition);
        locks.put(edition, new Lock(held.publication(), Instant.EPOCH, held.chunksUntil()));
    }
}
