package news.broadsheet.rebuild;

import java.util.List;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One work item on the rebuild queue, as JSON in the message body: {@code start} (upload the
 * design's assets, list the editions, send one {@code edition} item per edition) or {@code edition}
 * (re-render that edition, {@code YYYY-MM-DD}), or {@code resume} (a job whose items were lost with
 * the queue that held them: as {@code start}, sending only the editions not yet counted). Every item may be delivered more than once (SQS
 * standard queues deliver at least once) and changes nothing twice.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record RebuildMessage(String rebuild, String step, String date, List<String> then) {
    public static final String START = "start";
    public static final String EDITION = "edition";
    public static final String RESUME = "resume";

    public RebuildMessage(String rebuild, String step, String date) {
        this(rebuild, step, date, null);
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
        return new RebuildMessage(rebuild, EDITION, dates.get(0), List.copyOf(dates.subList(1, dates.size())));
    }
}
