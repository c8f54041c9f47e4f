package news.broadsheet.media.processing.aws;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import news.broadsheet.epaper.PrintPageKeys;
import news.broadsheet.epaper.processing.PrintPageIntake;
import news.broadsheet.media.processing.UploadIntake;
import news.broadsheet.wiring.Config;

/**
 * The media function: S3 "object created" events for the upload prefix in, one {@link UploadIntake}
 * run per photo record and one {@link PrintPageIntake} run per 版面 PDF ({@code uploads/pages/…}); answers
 * each media id, or page, with its state. A rejected file is an outcome, not a failure; an infrastructure failure is thrown
 * so that Lambda retries the event and finally sends it to the dead-letter queue.
 */
public final class MediaHandler implements RequestHandler<S3Event, String> {
    private final UploadIntake intake;
    private final PrintPageIntake pages;

    /** Used by Lambda: builds the object graph once per container. */
    public MediaHandler() {
        this(MediaComponent.create(Config.fromEnvironment()));
    }

    /** Both intakes of one object graph (the local stack builds it with an endpoint override). */
    public MediaHandler(MediaComponent component) {
        this(component.intake(), component.printPageIntake());
    }

    public MediaHandler(UploadIntake intake, PrintPageIntake pages) {
        this.intake = intake;
        this.pages = pages;
    }

    @Override
    public String handleRequest(S3Event event, Context context) {
        List<String> out = new ArrayList<>();
        for (var record : event.getRecords()) {
            // Keys arrive URL-encoded in S3 event notifications (spaces as '+').
            String key = URLDecoder.decode(record.getS3().getObject().getKey(), StandardCharsets.UTF_8);
            String bucket = record.getS3().getBucket().getName();
            if (PrintPageKeys.parseUpload(key).isPresent()) {
                pages.arrived(bucket, key, budget(context)).ifPresent(p -> out.add(p.date() + "/" + p.page() + " " + p.status().wire()));
            } else {
                intake.arrived(bucket, key).ifPresent(m -> out.add(m.id() + " " + m.state().wire()));
            }
        }
        return String.join("\n", out);
    }

    /**
     * Time left for processing a 版面: what Lambda says remains, less {@link #WRITE_MARGIN} to write the
     * failed outcome; null without a context (tests, the local stack), which means no limit.
     */
    static java.time.Duration budget(Context context) {
        return context == null ? null : java.time.Duration.ofMillis(context.getRemainingTimeInMillis()).minus(WRITE_MARGIN);
    }

    /** Kept back from the function's remaining time to save the outcome (a DynamoDB write or a few). */
    static final java.time.Duration WRITE_MARGIN = java.time.Duration.ofSeconds(15);
}
