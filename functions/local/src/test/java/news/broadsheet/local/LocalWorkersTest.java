package news.broadsheet.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import news.broadsheet.api.RebuildHandler;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.ReceiveMessageRequest;
import software.amazon.awssdk.services.sqs.model.ReceiveMessageResponse;

class LocalWorkersTest {
    /** An empty queue that notes every receive it is asked for. */
    private static final class EmptyQueue implements SqsClient {
        final List<ReceiveMessageRequest> receives = new CopyOnWriteArrayList<>();
        final CountDownLatch asked = new CountDownLatch(12);

        @Override
        public ReceiveMessageResponse receiveMessage(ReceiveMessageRequest request) {
            receives.add(request);
            asked.countDown();
            return ReceiveMessageResponse.builder().messages(List.of()).build();
        }

        @Override
        public String serviceName() {
            return "sqs";
        }

        @Override
        public void close() {}
    }

    @Test
    void idleWorkersNeverHoldTheEmulatorInALongPoll() throws InterruptedException {
        // The local emulator answers one request at a time: a receive that waits in it for messages
        // holds up every other worker's request (and the API's) for as long as it waits.
        EmptyQueue queue = new EmptyQueue();
        try (LocalWorkers workers = new LocalWorkers(queue, "http://127.0.0.1/queue/rebuild", new RebuildHandler(null), 4, 0)) {
            assertTrue(queue.asked.await(30, TimeUnit.SECONDS), "the workers polled the queue");
        }
        assertTrue(queue.receives.size() >= 12);
        for (ReceiveMessageRequest r : queue.receives) {
            Integer wait = r.waitTimeSeconds();
            assertEquals(0, wait == null ? 0 : wait, "a receive's WaitTimeSeconds: " + r);
        }
    }
}
