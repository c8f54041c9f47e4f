package news.broadsheet.rebuild;

import java.util.List;
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
 * A backfill's {@code edition} item also carries the dates after it ({@code then}, {@link #backIssue}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record RebuildMessage(String rebuild, String step, String date, String publication, Integer chunk, List<String> then) {
    public static final String START = "start";
    public static final String EDITION = "edition";
    public static final String RESUME = "resume";
    public static final String CHUNK = "chunk";
    public static final String CHUNKS_END = "chunks-end";

    public RebuildMessage(String rebuild, String step, String date) {
        this(rebuild, step, date, null, null, null);
    }

    public static RebuildMessage chunk(String publication, int chunk) {
        return new RebuildMessage(null, CHUNK, null, publication, chunk, null);
    }

    public static RebuildMessage chunksEnd(String publication) {
        return new RebuildMessage(null, CHUNKS_END, null, publication, null, null);
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

    /**
     * A backfill's item: {@code date}, then, once it is counted, an item for the first of {@code then}
     * carrying the rest. Back issues go one after another, oldest first, as the one-at-a-time path
     * publishes them: each publication links its neighbours' views and adds to the search directory
     * from what is committed, so two at once would each miss the other. 3,650 dates are some 47 KB of
     * JSON, inside SQS's 256 KiB message limit.
     */
    public static RebuildMessage backIssue(String rebuild, List<String> dates) {
        return new RebuildMessage(rebuild, EDITION, dates.get(0), null, null, List.copyOf(dates.subList(1, dates.size())));
    }
}
