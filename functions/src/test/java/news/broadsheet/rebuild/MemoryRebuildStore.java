package news.broadsheet.rebuild;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The rebuild store's rules in memory, for the worker's tests: one running job, editions counted once, one claimer of the end. */
final class MemoryRebuildStore implements RebuildStore {
    final Map<String, RebuildJob> jobs = new HashMap<>();
    final Set<String> counted = new HashSet<>();
    final Map<String, String> enders = new HashMap<>();
    String current;

    @Override
    public Optional<String> create(RebuildJob job) {
        if (running().isPresent()) {
            return running();
        }
        jobs.put(job.id(), job);
        current = job.id();
        return Optional.empty();
    }

    @Override
    public Optional<String> running() {
        return Optional.ofNullable(current).filter(id -> !jobs.get(id).finished());
    }

    @Override
    public void reopenEnd(String id) {
        enders.remove(id);
    }

    @Override
    public Optional<RebuildJob> find(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    @Override
    public boolean begin(String id, int total, String now) {
        RebuildJob j = jobs.get(id);
        if (j.total() != null) {
            return false;
        }
        jobs.put(id, with(j, RebuildJob.RUNNING, total, 0, 0, total, j.failures(), now, null));
        return true;
    }

    @Override
    public boolean counted(String id, String date) {
        return counted.contains(id + "/" + date);
    }

    @Override
    public boolean count(String id, String date, boolean ok, int uploaded, int unchanged, String why) {
        if (!counted.add(id + "/" + date)) {
            return false;
        }
        RebuildJob j = jobs.get(id);
        List<String> failures = new ArrayList<>(j.failures());
        if (!ok) {
            failures.add(why);
        }
        jobs.put(id, with(j, j.status(), j.total(), j.done() + (ok ? 1 : 0), j.failed() + (ok ? 0 : 1), j.pending() - 1, failures,
                j.startedAt(), null));
        return true;
    }

    @Override
    public boolean claimEnd(String id, String claimer) {
        RebuildJob j = jobs.get(id);
        if (j.pending() != 0 || !enders.getOrDefault(id, claimer).equals(claimer)) {
            return false;
        }
        enders.put(id, claimer);
        jobs.put(id, with(j, RebuildJob.FINISHING, j.total(), j.done(), j.failed(), 0, j.failures(), j.startedAt(), null));
        return true;
    }

    @Override
    public void end(String id, String status, String now, String why) {
        RebuildJob j = jobs.get(id);
        List<String> failures = new ArrayList<>(j.failures());
        if (why != null) {
            failures.add(why);
        }
        jobs.put(id, with(j, status, j.total(), j.done(), j.failed(), j.pending(), failures, j.startedAt(), now));
        if (id.equals(current)) {
            current = null;
        }
    }

    private static RebuildJob with(RebuildJob j, String status, Integer total, int done, int failed, Integer pending,
                                   List<String> failures, String startedAt, String finishedAt) {
        return new RebuildJob(j.id(), j.from(), j.to(), status, total, done, failed, pending, j.uploaded(), j.unchanged(), null, null,
                List.copyOf(failures), j.requestedBy(), j.createdAt(), startedAt, finishedAt, j.mode());
    }
}
