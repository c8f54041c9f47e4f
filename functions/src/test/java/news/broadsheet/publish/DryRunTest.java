package news.broadsheet.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import news.broadsheet.fakes.FakeNewsroom;
import org.junit.jupiter.api.Test;

/**
 * A dry run says what a publication would upload, skip, delete and invalidate, and why, and touches
 * nothing: no object in the bucket, no record, no job, no lease, no invalidation.
 */
class DryRunTest {
    static final String DATE = "2026-01-06";

    @Test
    void aDryRun_saysWhatWouldChangeAndWhy_andTouchesNothing() {
        FakeNewsroom paper = new FakeNewsroom();
        paper.article("b1", "新桥合龙");
        paper.article("b2", "菜价平稳");
        paper.layOut(DATE, 8122, List.of(List.of("b1", "b2")));
        assertThat(paper.publish(DATE).status()).isEqualTo(PublicationStatus.SUCCEEDED);
        paper.retitle("b1", "新桥今日合龙", null);
        paper.article("b3", "社区食堂上新");
        paper.layOut(DATE, 8122, List.of(List.of("b1", "b3")));
        Map<String, String> bucket = paper.bucket.hashes();
        int puts = paper.bucket.puts.get();
        SiteRecord site = paper.published.site();
        PublishedEdition pointer = paper.published.find(DATE).orElseThrow();
        List<Publication> jobs = paper.publications.ofEdition(DATE, 100);
        int invalidations = paper.invalidations.size();

        DryRun plan = paper.publisher.dryRun(DATE, PublicationKind.PUBLISH);

        Map<String, String> why = plan.keys().stream().collect(Collectors.toMap(DryRun.Key::key,
                k -> k.action() + " " + k.why().wire()));
        assertThat(why).containsEntry("editions/2026-01-06/articles/b3/index.html", "upload new")
                .containsEntry("editions/2026-01-06/articles/b1/index.html", "upload changed")
                .containsEntry("editions/2026-01-06/articles/b2/index.html", "delete removed")
                .containsValue("skip unchanged-skipped");
        assertThat(plan.invalidations()).contains("/editions/2026-01-06/articles/b1/index.html",
                "/editions/2026-01-06/articles/b2/index.html").doesNotContain("/editions/2026-01-06/articles/b3/index.html");
        assertThat(plan.report().articles()).isEqualTo(2);

        assertThat(paper.bucket.hashes()).as("no object written or deleted").isEqualTo(bucket);
        assertThat(paper.bucket.puts.get()).isEqualTo(puts);
        assertThat(paper.published.site()).as("the site record as it was").isEqualTo(site);
        assertThat(paper.published.find(DATE)).as("the edition's pointer as it was").contains(pointer);
        assertThat(paper.published.buriedIn("edition/" + DATE)).as("no tombstone").isEmpty();
        assertThat(paper.publications.ofEdition(DATE, 100)).as("no job, so no lease").isEqualTo(jobs);
        assertThat(paper.invalidations).as("nothing invalidated").hasSize(invalidations);
        assertThat(paper.triggers.triggered()).as("nothing queued").hasSize(1);

        DryRun capped = plan.capped(2);
        assertThat(capped.keys()).as("the first keys, in order").containsExactlyElementsOf(plan.keys().subList(0, 2));
        assertThat(capped.keysLeftOut()).isEqualTo(plan.keys().size() - 2);
        assertThat(capped.invalidations()).hasSize(2);
        assertThat(capped.invalidationsLeftOut()).isEqualTo(plan.invalidations().size() - 2);
        assertThat(capped.counts()).as("counts stay complete").isEqualTo(plan.counts())
                .isEqualTo(new DryRun.Counts((int) plan.keys().stream().filter(k -> k.action().equals("upload")).count(),
                        (int) plan.keys().stream().filter(k -> k.action().equals("skip")).count(),
                        (int) plan.keys().stream().filter(k -> k.action().equals("delete")).count(), plan.invalidations().size()));
    }

    @Test
    void aDryRunJob_keepsThePlanOnTheJob_andHoldsNoLock_soAPublicationRunsBesideIt() {
        FakeNewsroom paper = new FakeNewsroom();
        paper.article("b1", "新桥合龙");
        paper.layOut(DATE, 8122, List.of(List.of("b1")));
        Map<String, String> bucket = paper.bucket.hashes();

        Publication queued = paper.requests.dryRun(DATE, FakeNewsroom.EDITOR);
        assertThat(queued.kind()).isEqualTo(PublicationKind.DRY_RUN);
        Publication beside = paper.requests.request(DATE, true, FakeNewsroom.EDITOR);
        Publication done = paper.publisher.run(queued.id());

        assertThat(done.status()).isEqualTo(PublicationStatus.SUCCEEDED);
        assertThat(done.plan().of("upload")).extracting(DryRun.Key::key).contains("editions/2026-01-06/articles/b1/index.html");
        assertThat(done.uploaded()).isEqualTo(done.plan().counts().upload()).isPositive();
        assertThat(paper.publications.find(queued.id())).contains(done);
        assertThat(paper.bucket.hashes()).as("nothing uploaded").isEqualTo(bucket);
        assertThat(paper.publisher.run(beside.id()).status()).as("the publication's lock was never the dry run's to take")
                .isEqualTo(PublicationStatus.SUCCEEDED);
    }

    @Test
    void aJobOfAKindFromANewerVersion_isNeitherRunNorRewritten() {
        FakeNewsroom paper = new FakeNewsroom();
        Publication newer = Publication.queued("j-newer", DATE, PublicationKind.UNKNOWN, "editor", "2026-01-06T08:00:00Z");
        paper.publications.save(newer);

        assertThat(paper.publisher.run("j-newer")).isEqualTo(newer);
        assertThat(paper.publications.find("j-newer")).contains(newer);
    }
}
