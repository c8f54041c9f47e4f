package news.broadsheet.emulator;

import java.util.Map;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Creates in an emulator the rebuild queue as template.yaml declares it: a dead-letter queue, and the
 * work queue redriving to it after {@code attempts} deliveries. The visibility timeout is short
 * locally (a stopped worker's items come back in seconds, not the minutes AWS needs).
 */
public final class RebuildQueues {
    /** Extra environment key for {@link Newsroom#create}: the queue's visibility timeout in seconds (default 60). */
    public static final String VISIBILITY_TIMEOUT = "BROADSHEET_REBUILD_VISIBILITY_SECONDS";

    private RebuildQueues() {}

    /** Returns the work queue's URL. */
    public static String create(SqsClient sqs, String name, int attempts, int visibilitySeconds) {
        String dlqUrl = sqs.createQueue(r -> r.queueName(name + "-failed")).queueUrl();
        String dlqArn = sqs.getQueueAttributes(r -> r.queueUrl(dlqUrl).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes().get(QueueAttributeName.QUEUE_ARN);
        return sqs.createQueue(r -> r.queueName(name).attributes(Map.of(
                QueueAttributeName.VISIBILITY_TIMEOUT, Integer.toString(visibilitySeconds),
                QueueAttributeName.REDRIVE_POLICY, "{\"deadLetterTargetArn\":\"" + dlqArn + "\",\"maxReceiveCount\":\"" + attempts + "\"}")))
                .queueUrl();
    }
}
