package news.broadsheet.rebuild;

import java.util.List;

/** Where rebuild work items wait for a worker: an SQS queue in AWS and in the emulators. */
public interface RebuildQueue {
    /** Sends the items (in batches as the queue allows); returns once the queue has them all. */
    void send(List<RebuildMessage> messages);
}
