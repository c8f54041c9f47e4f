package news.broadsheet.rebuild;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One work item on the rebuild queue, as JSON in the message body: {@code start} (upload the
 * design's assets, list the editions, send one {@code edition} item per edition) or {@code edition}
 * (re-render that edition, {@code YYYY-MM-DD}), or {@code resume} (a job whose items were lost with
 * the queue that held them: as {@code start}, sending only the editions not yet counted). The same
 * queue carries a very large edition's publication in chunks ({@link news.broadsheet.publish.ChunkedPublication}):
 * {@code chunk} (upload chunk {@code chunk} of publication {@code publication}) and {@code chunks-end}
 * (the publication's commit, once every chunk is done); {@code rebuild} is null on those. Every item
 * may be delivered more than once (SQS standard queues deliver at least once) and changes nothing twice.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record RebuildMessage(String rebuild, String step, String date, String publication, Integer chunk) {
    public static final String START = "start";
    public static final String EDITION = "edition";
    public static final String RESUME = "resume";
    public static final String CHUNK = "chunk";
    public static final String CHUNKS_END = "chunks-end";

    public RebuildMessage(String rebuild, String step, String date) {
        this(rebuild, step, date, null, null);
    }

    public static RebuildMessage chunk(String publication, int chunk) {
        return new RebuildMessage(null, CHUNK, null, publication, chunk);
    }

    public static RebuildMessage chunksEnd(String publication) {
        return new RebuildMessage(null, CHUNKS_END, null, publication, null);
    }

    public static RebuildMessage start(String rebuild) {
        return new RebuildMessage(rebuild, START, null);
    }

    public static RebuildMessage resume(String rebuild) {
        return new RebuildMessage(rebuild, RESUME, null);
    }

    public static RebuildMessage edition(String rebuild, String date) {
        return new RebuildMessage(rebuild, EDITION, date);
    }
}
