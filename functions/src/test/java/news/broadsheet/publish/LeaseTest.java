package news.broadsheet.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class LeaseTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T06:00:00Z"), ZoneOffset.UTC);
    private static final Publication JOB = Publication.queued("job-1", "2026-11-30", "editor", "2026-11-30T06:00:00Z");

    /**
     * A renewal is a conditional write on the edition's lock. If close() returns while one is still on
     * the wire, the publisher's last write (finish: the job's state and the lock's release, in one
     * transaction) meets it on the same item: DynamoDB cancels such a transaction (TransactionConflict),
     * the lock stays with a fresh lease, and the take-down asked for right after a long publish is
     * refused with 409 until the lease runs out.
     */
    @Test
    void close_returnsOnlyAfterTheRenewalInFlightHasEnded() throws Exception {
        SlowRenewals store = new SlowRenewals();
        Lease lease = Lease.hold(store, JOB, CLOCK);
        assertThat(store.renewing.await(10, TimeUnit.SECONDS)).as("the first renewal started").isTrue();

        AtomicBoolean renewalEndedBeforeClose = new AtomicBoolean();
        Thread closer = new Thread(() -> {
            lease.close();
            renewalEndedBeforeClose.set(store.renewed.get());
        });
        closer.start();
        // Until close() has either returned (the bug) or is waiting for the renewal: a fixed pause here
        // let the test pass with the bug present whenever a loaded machine started the thread late.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (closer.isAlive() && closer.getState() != Thread.State.TIMED_WAITING && closer.getState() != Thread.State.WAITING
                && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        store.answer.countDown();
        closer.join(10_000);

        assertThat(closer.isAlive()).isFalse();
        assertThat(renewalEndedBeforeClose).as("close() waited for the renewal on the wire").isTrue();
    }

    /** A store whose renewals take as long as the test says, like a write the network holds up; the write lands either way. */
    private static final class SlowRenewals implements PublicationStore {
        final CountDownLatch renewing = new CountDownLatch(1);
        final CountDownLatch answer = new CountDownLatch(1);
        final AtomicBoolean renewed = new AtomicBoolean();

        @Override
        public boolean renew(Publication job, Instant leaseUntil) {
            renewing.countDown();
            boolean interrupted = false;
            while (true) {
                try {
                    answer.await();
                    break;
                } catch (InterruptedException e) {
                    // An interrupt does not take back a request already sent.
                    interrupted = true;
                }
            }
            renewed.set(true);
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            return true;
        }

        @Override
        public void start(Publication job, Instant leaseUntil, Instant now) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Publication> find(String id) {
            return Optional.empty();
        }

        @Override
        public void save(Publication job) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void finish(Publication job) {
            throw new UnsupportedOperationException();
        }
    }
}
