package news.broadsheet.local;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import news.broadsheet.api.RebuildHandler;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

/**
 * The local stack's stand-in for Lambda's SQS event source mapping: {@code n} threads, each polling
 * the emulator's rebuild queue for up to {@link #BATCH} messages, handing them to the rebuild function's own
 * handler as an {@link SQSEvent} and deleting those the {@link SQSBatchResponse} does not report as
 * failed (which SQS then delivers again after the visibility timeout), as the mapping does.
 */
public final class LocalWorkers implements AutoCloseable {
    /** As the template's event source mapping (BatchSize): a few editions per invocation. */
    static final int BATCH = 4;
    /**
     * How long a worker that found the queue empty waits before it asks again. It waits here, not in
     * the emulator: the local moto serves one request at a time, so a long poll
     * ({@code WaitTimeSeconds}) on an empty queue would hold every other worker's request, and the
     * API's, for its whole wait; with n workers the n - 1 idle ones kept it busy nearly all the time.
     */
    static final long IDLE_MILLIS = 200;
    private final SqsClient sqs;
    private final String queueUrl;
    private final RebuildHandler handler;
    private final List<Thread> threads = new ArrayList<>();
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final AtomicInteger handled = new AtomicInteger();
    private final java.util.concurrent.atomic.AtomicLong longest = new java.util.concurrent.atomic.AtomicLong();
    private final int stopAfter;

    /**
     * @param stopAfter stop taking messages once this many have been handled (0: never); the batch a
     *     worker holds when that happens is abandoned in flight, as a killed worker leaves it
     */
    public LocalWorkers(SqsClient sqs, String queueUrl, RebuildHandler handler, int n, int stopAfter) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
        this.handler = handler;
        this.stopAfter = stopAfter;
        for (int i = 0; i < n; i++) {
            Thread t = new Thread(this::poll, "rebuild-worker-" + i);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
    }

    /** How many messages the workers have handled (succeeded or reported failed). */
    public int handled() {
        return handled.get();
    }

    /** The longest a single batch took in the handler, in milliseconds: what one invocation of the function would take. */
    public long longestBatchMillis() {
        return longest.get();
    }

    public boolean stopped() {
        return stopped.get();
    }

    private void poll() {
        while (!stopped.get()) {
            List<Message> batch;
            try {
                batch = sqs.receiveMessage(r -> r.queueUrl(queueUrl).maxNumberOfMessages(BATCH).waitTimeSeconds(0)
                        .messageSystemAttributeNames(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT)).messages();
            } catch (RuntimeException e) {
                if (stopped.get()) {
                    return;
                }
                sleep();
                continue;
            }
            if (batch.isEmpty()) {
                sleep();
                continue;
            }
            if (stopAfter > 0 && handled.get() >= stopAfter) {
                stopped.set(true);   // killed: this batch stays in flight until its visibility timeout ends
                return;
            }
            long start = System.nanoTime();
            SQSBatchResponse response = handler.handleRequest(event(batch), null);
            longest.accumulateAndGet((System.nanoTime() - start) / 1_000_000, Math::max);
            handled.addAndGet(batch.size());
            Set<String> failed = response.getBatchItemFailures().stream().map(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
                    .collect(Collectors.toSet());
            List<DeleteMessageBatchRequestEntry> done = batch.stream().filter(m -> !failed.contains(m.messageId()))
                    .map(m -> DeleteMessageBatchRequestEntry.builder().id(m.messageId()).receiptHandle(m.receiptHandle()).build())
                    .toList();
            if (!done.isEmpty()) {
                sqs.deleteMessageBatch(r -> r.queueUrl(queueUrl).entries(done));
            }
        }
    }

    private static SQSEvent event(List<Message> batch) {
        List<SQSEvent.SQSMessage> records = new ArrayList<>();
        for (Message m : batch) {
            SQSEvent.SQSMessage r = new SQSEvent.SQSMessage();
            r.setMessageId(m.messageId());
            r.setReceiptHandle(m.receiptHandle());
            r.setBody(m.body());
            Map<String, String> attributes = new HashMap<>();
            m.attributes().forEach((k, v) -> attributes.put(k.toString(), v));
            r.setAttributes(attributes);
            records.add(r);
        }
        SQSEvent event = new SQSEvent();
        event.setRecords(records);
        return event;
    }

    private static void sleep() {
        try {
            Thread.sleep(IDLE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops taking messages and waits for the batches in hand to finish. */
    @Override
    public void close() {
        stopped.set(true);
        for (Thread t : threads) {
            try {
                t.join(120_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
