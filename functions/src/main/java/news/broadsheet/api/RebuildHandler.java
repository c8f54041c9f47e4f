package news.broadsheet.api;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.broadsheet.json.Json;
import news.broadsheet.publish.ChunkedPublication;
import news.broadsheet.rebuild.RebuildMessage;
import news.broadsheet.rebuild.RebuildWorker;
import news.broadsheet.wiring.Config;
import news.broadsheet.wiring.RebuildComponent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rebuild worker function: a batch of rebuild work items from the SQS event source mapping,
 * each carried out by {@link RebuildWorker}; the items that failed are reported back
 * ({@code ReportBatchItemFailures}, AWS Lambda Developer Guide, "Handling errors for an SQS event
 * source"), so SQS delivers only those again and the others are deleted. A very large edition's
 * publication items ({@code chunk}, {@code chunks-end}) on the same queue go to {@link ChunkedPublication}.
 * The local stack's workers poll the emulator's queue and call this same method.
 */
public final class RebuildHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {
    private static final Logger LOG = LoggerFactory.getLogger(RebuildHandler.class);
    private final RebuildWorker worker;
    private final ChunkedPublication chunks;

    /** Used by Lambda: builds the object graph once per container. */
    public RebuildHandler() {
        this(RebuildComponent.create(Config.fromEnvironment()));
    }

    private RebuildHandler(RebuildComponent graph) {
        this(graph.worker(), graph.chunkedPublication());
    }

    /** @param chunks carries out chunked publications' items; null where none are sent (such an item then fails) */
    public RebuildHandler(RebuildWorker worker, ChunkedPublication chunks) {
        this.worker = worker;
        this.chunks = chunks;
    }

    public RebuildHandler(RebuildWorker worker) {
        this(worker, null);
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
        // A publication's chunks in this batch, by publication: carried out together, so the edition is rendered once.
        Map<String, Map<Integer, String>> chunked = new LinkedHashMap<>();
        for (SQSEvent.SQSMessage m : event.getRecords()) {
            try {
                RebuildMessage item = Json.read(m.getBody(), RebuildMessage.class);
                if (RebuildMessage.CHUNK.equals(item.step())) {
                    chunked.computeIfAbsent(item.publication(), p -> new LinkedHashMap<>()).put(item.chunk(), m.getMessageId());
                } else if (RebuildMessage.CHUNKS_END.equals(item.step())) {
                    chunks().end(item.publication());
                } else {
                    worker.handle(item, m.getMessageId(), deliveries(m));
                }
            } catch (RuntimeException e) {
                LOG.warn("rebuild item {} failed; the queue will deliver it again", m.getMessageId(), e);
                failures.add(SQSBatchResponse.BatchItemFailure.builder().withItemIdentifier(m.getMessageId()).build());
            }
        }
        chunked.forEach((publication, items) -> {
            try {
                chunks().chunks(publication, items);
            } catch (RuntimeException e) {
                LOG.warn("chunks {} of publication {} failed; the queue will deliver them again", items.keySet(), publication, e);
                items.values().forEach(id -> failures.add(SQSBatchResponse.BatchItemFailure.builder().withItemIdentifier(id).build()));
            }
        });
        return SQSBatchResponse.builder().withBatchItemFailures(failures).build();
    }

    private ChunkedPublication chunks() {
        if (chunks == null) {
            throw new IllegalStateException("this worker carries out no chunked publication; the item is left to the queue");
        }
        return chunks;
    }

    private static int deliveries(SQSEvent.SQSMessage m) {
        String count = m.getAttributes() == null ? null : m.getAttributes().get("ApproximateReceiveCount");
        return count == null ? 1 : Integer.parseInt(count);
    }
}
