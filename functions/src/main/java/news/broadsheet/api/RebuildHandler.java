package news.broadsheet.api;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.util.ArrayList;
import java.util.List;
import news.broadsheet.json.Json;
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
 * source"), so SQS delivers only those again and the others are deleted. The local stack's workers
 * poll the emulator's queue and call this same method.
 */
public final class RebuildHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {
    private static final Logger LOG = LoggerFactory.getLogger(RebuildHandler.class);
    private final RebuildWorker worker;

    /** Used by Lambda: builds the object graph once per container. */
    public RebuildHandler() {
        this(RebuildComponent.create(Config.fromEnvironment()).worker());
    }

    public RebuildHandler(RebuildWorker worker) {
        this.worker = worker;
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
        for (SQSEvent.SQSMessage m : event.getRecords()) {
            try {
                RebuildMessage item = Json.read(m.getBody(), RebuildMessage.class);
                worker.handle(item, m.getMessageId(), deliveries(m));
            } catch (RuntimeException e) {
                LOG.warn("rebuild item {} failed; the queue will deliver it again", m.getMessageId(), e);
                failures.add(SQSBatchResponse.BatchItemFailure.builder().withItemIdentifier(m.getMessageId()).build());
            }
        }
        return SQSBatchResponse.builder().withBatchItemFailures(failures).build();
    }

    private static int deliveries(SQSEvent.SQSMessage m) {
        String count = m.getAttributes() == null ? null : m.getAttributes().get("ApproximateReceiveCount");
        return count == null ? 1 : Integer.parseInt(count);
    }
}
