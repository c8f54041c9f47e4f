package news.broadsheet.publish;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import news.broadsheet.publish.Plan.Kind;

/**
 * What every run that changes the site does once it has its plan, in this order: what is about to
 * change marked unconfirmed on the published record in one write (the intent, so that no crash leaves
 * the bucket ahead of what the record admits), the uploads in safe order, the tombstones lifted from
 * URLs that return and laid on URLs that leave (before the deletes: a reader never gets 404 where 410
 * is due), then the deletes. No invalidation and no job: a publication invalidates its own paths
 * ({@link Publisher}), a rebuild the whole distribution once at its end ({@link Rebuild}).
 */
final class SiteChange {
    /** How many objects were uploaded and deleted. */
    record Done(int uploaded, int deleted) {}

    private SiteChange() {}

    /**
     * @param afterStep called after each step of uploads, once the lease was checked (a publication saves its progress there)
     */
    static Done carryOut(Plan plan, Map<String, SiteObject> objects, Intent intent, PublishedStore published, Uploader uploader,
                         Lease lease, Clock clock, Uploader.Progress afterStep) {
        Set<String> touched = new HashSet<>();
        plan.actions().stream().filter(a -> a.kind() != Kind.SKIP).forEach(a -> touched.add(a.key()));
        if (!touched.isEmpty()) {
            lease.check();
            intent.write(published, touched);
        }
        int uploaded = uploader.upload(plan, objects, (step, n) -> {
            lease.check();
            afterStep.after(step, n);
        });
        List<String> back = plan.actions().stream().filter(a -> a.reason() == Plan.Reason.RETURNING).map(Plan.Action::key).toList();
        if (!back.isEmpty()) {
            published.unbury(back);   // on the site again; a tombstone left by a crash here would be shadowed by the object
        }
        List<String> removed = Planner.removedUrls(plan);
        if (!removed.isEmpty()) {
            lease.check();
            published.bury(removed, clock.instant().toString());
        }
        return new Done(uploaded, uploader.delete(plan));
    }
}
