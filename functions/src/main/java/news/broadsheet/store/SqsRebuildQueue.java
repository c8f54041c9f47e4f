package news.broadsheet.store;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import news.broadsheet.json.Json;
import news.broadsheet.rebuild.RebuildMessage;
import news.broadsheet.rebuild.RebuildQueue;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchResponse;

/**
 * The rebuild queue on SQS: messages sent ten to a request, SendMessageBatch's limit (Amazon SQS
 * Developer Guide, "Amazon SQS message quotas"); entries SQS refused are sent again, then reported.
 */
public final class SqsRebuildQueue implements RebuildQueue {
    static final int BATCH = 10;
    private static final int ATTEMPTS = 3;

    private final Supplier<SqsClient> sqs;
    private final String queueUrl;

    /** @param sqs built on first use: most API requests never send */
    public SqsRebuildQueue(Supplier<SqsClient> sqs, String queueUrl) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
    }

    @Override
    public void send(List<RebuildMessage> messages) {
        for (int i = 0; i < messages.size(); i += BATCH) {
            List<SendMessageBatchRequestEntry> entries = new ArrayList<>();
            List<RebuildMessage> batch = messages.subList(i, Math.min(messages.size(), i + BATCH));
            for (int j = 0; j < batch.size(); j++) {
                entries.add(SendMessageBatchRequestEntry.builder().id(Integer.toString(j)).messageBody(Json.write(batch.get(j))).build());
            }
            for (int attempt = 1; !entries.isEmpty(); attempt++) {
                List<SendMessageBatchRequestEntry> sending = entries;
                SendMessageBatchResponse sent = sqs.get().sendMessageBatch(r -> r.queueUrl(queueUrl).entries(sending));
                if (sent.failed().isEmpty()) {
                    break;
                }
                if (attempt == ATTEMPTS) {
                    throw new IllegalStateException("the rebuild queue refused " + sent.failed().size() + " message(s): "
                            + sent.failed().get(0).message());
                }
                List<String> failed = sent.failed().stream().map(f -> f.id()).toList();
                entries = sending.stream().filter(e -> failed.contains(e.id())).toList();
            }
        }
    }
}
