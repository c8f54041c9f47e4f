package news.broadsheet.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import news.broadsheet.publish.Plan.Action;
import news.broadsheet.publish.Plan.Kind;
import news.broadsheet.publish.Plan.Step;

/** Carries out a plan's uploads step by step (in parallel within a step), then its deletes; stops at the first failure. */
final class Uploader {
    static final int PARALLEL = 8;

    private final SiteBucket bucket;

    Uploader(SiteBucket bucket) {
        this.bucket = bucket;
    }

    /** Called after each step with the step and the running count of uploads. */
    interface Progress {
        void after(Step step, int uploaded);
    }

    int upload(Plan plan, Map<String, SiteObject> objects, Progress progress) {
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        int done = 0;
        try {
            for (Step step : Step.values()) {
                if (step == Step.DELETE || step == Step.SKIP) {
                    continue;
                }
                List<Future<?>> running = new ArrayList<>();
                for (Action a : plan.in(step)) {
                    if (a.kind() == Kind.UPLOAD) {
                        running.add(pool.submit(() -> bucket.put(objects.get(a.key()))));
                    }
                }
                for (Future<?> f : running) {
                    await(f);
                    done++;
                }
                progress.after(step, done);
            }
        } finally {
            pool.shutdownNow();
        }
        return done;
    }

    /** Deletes come last and in any order among themselves (nothing links to them any more), so in parallel too. */
    int delete(Plan plan) {
        List<Action> deletes = plan.of(Kind.DELETE);
        if (deletes.isEmpty()) {
            return 0;
        }
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        try {
            List<Future<?>> running = new ArrayList<>();
            deletes.forEach(a -> running.add(pool.submit(() -> bucket.delete(a.key()))));
            running.forEach(Uploader::await);
        } finally {
            pool.shutdownNow();
        }
        return deletes.size();
    }

    private static void await(Future<?> f) {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while uploading", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }
}
