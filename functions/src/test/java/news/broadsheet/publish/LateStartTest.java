package news.broadsheet.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import news.broadsheet.fakes.FakeNewsroom;
import org.junit.jupiter.api.Test;

/**
 * A publisher takes a job up only while the job still holds its edition: one that another publication
 * took over between the publisher's reading it and taking it up is recorded as failed and runs nothing,
 * and the new holder keeps the edition.
 */
class LateStartTest {
    static final String DATE = "2026-01-05";

    @Test
    void aJobTakenOverAfterThePublisherReadIt_isRecordedFailed_runsNothing_andLeavesTheNewHoldersLock() {
        FakeNewsroom paper = laidOut();
        Publication job = paper.requests.request(DATE, true, FakeNewsroom.EDITOR);
        Instant now = paper.clock.instant();
        Publication rival = Publication.queued("rival", DATE, "editor", now.toString());
        PublicationStore overtaken = new TakenOverAfterRead(paper, rival);

        Publication done = run(paper, overtaken, job);

        assertThat(done.status()).isEqualTo(Publication.FAILED);
        assertThat(done.error().type()).isEqualTo(JobError.INTERRUPTED);
        assertThat(paper.publications.find(job.id()).orElseThrow()).isEqualTo(done);
        assertThat(paper.bucket.keys("editions/" + DATE + "/")).as("nothing of the edition went out").isEmpty();
        assertThat(paper.publications.current(rival.id(), now).orElseThrow().status()).as("the new holder's lock stands")
                .isEqualTo(Publication.QUEUED);
    }

    @Test
    void aJobWhoseHoldRanOutWhileThePublisherSweptItsEdition_isRecordedFailed_andRunsNothing() {
        FakeNewsroom paper = laidOut();
        Publication job = paper.requests.request(DATE, true, FakeNewsroom.EDITOR);
        // The first read finds the job still held; by the next (after the sweep of abandoned runs) its wait to start ran out.
        PublicationStore slowSweep = new Delegating(paper) {
            private int reads;

            @Override
            public Optional<Publication> current(String id, Instant now) {
                Optional<Publication> read = paper.publications.current(id, now);
                if (reads++ == 0) {
                    paper.clock.set(now.plus(PublishRequests.START_WITHIN).plusSeconds(1));
                }
                return read;
            }
        };

        Publication done = run(paper, slowSweep, job);

        assertThat(done.status()).isEqualTo(Publication.FAILED);
        assertThat(paper.bucket.keys("editions/" + DATE + "/")).as("nothing of the edition went out").isEmpty();
    }

    /** A newsroom with one story laid out on {@link #DATE}. */
    private static FakeNewsroom laidOut() {
        FakeNewsroom paper = new FakeNewsroom();
        paper.article("a1", "新桥合龙");
        paper.layOut(DATE, 1, List.of(List.of("a1")));
        return paper;
    }

    /** Runs {@code job} with a publisher that reads its jobs from {@code jobs}. */
    private static Publication run(FakeNewsroom paper, PublicationStore jobs, Publication job) {
        return new Publisher(paper.articles, paper.editions, jobs, paper.published, paper.renderer, paper.bucket,
                Cdn.NONE, HeaderRules.defaults(), paper.clock).renewedBy(paper.renewals).run(job.id());
    }

    /** The newsroom's job store, as it is. */
    private static class Delegating implements PublicationStore {
        final FakeNewsroom paper;

        Delegating(FakeNewsroom paper) {
            this.paper = paper;
        }

        @Override
        public Optional<Publication> current(String id, Instant now) {
            return paper.publications.current(id, now);
        }

        @Override
        public void start(Publication job, Instant leaseUntil, Instant now) {
            paper.publications.start(job, leaseUntil, now);
        }

        @Override
        public Optional<Publication> find(String id) {
            return paper.publications.find(id);
        }

        @Override
        public boolean renew(Publication job, Instant leaseUntil) {
            return paper.publications.renew(job, leaseUntil);
        }

        @Override
        public boolean holdUntil(Publication job, Instant until, Instant now) {
            return paper.publications.holdUntil(job, until, now);
        }

        @Override
        public void save(Publication job) {
            paper.publications.save(job);
        }

        @Override
        public void finish(Publication job) {
            paper.publications.finish(job);
        }

        @Override
        public List<Publication> ofEdition(String date, int limit) {
            return paper.publications.ofEdition(date, limit);
        }
    }

    /** The newsroom's job store, in which a new publication takes the edition over right after a job is read as current. */
    private static final class TakenOverAfterRead extends Delegating {
        private final Publication rival;

        TakenOverAfterRead(FakeNewsroom paper, Publication rival) {
            super(paper);
            this.rival = rival;
        }

        @Override
        public Optional<Publication> current(String id, Instant now) {
            Optional<Publication> read = paper.publications.current(id, now);
            if (!id.equals(rival.id()) && paper.publications.current(rival.id(), now).isEmpty()) {
                paper.publications.expireLease(DATE);
                paper.publications.start(rival, now.plus(PublishRequests.LEASE), now);
            }
            return read;
        }
    }
}
