package news.broadsheet.store;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import news.broadsheet.edition.PublishScheduler;
import news.broadsheet.json.Json;
import news.broadsheet.publish.ScheduledEvent;
import software.amazon.awssdk.services.scheduler.SchedulerClient;
import software.amazon.awssdk.services.scheduler.model.ActionAfterCompletion;
import software.amazon.awssdk.services.scheduler.model.ConflictException;
import software.amazon.awssdk.services.scheduler.model.FlexibleTimeWindow;
import software.amazon.awssdk.services.scheduler.model.FlexibleTimeWindowMode;
import software.amazon.awssdk.services.scheduler.model.ResourceNotFoundException;
import software.amazon.awssdk.services.scheduler.model.Target;

/**
 * The publish scheduler in AWS: an EventBridge Scheduler one-time schedule per time an edition is to be
 * published or republished, in the stack's schedule group, whose target is the publisher function
 * invoked with the scheduler's execution role and a {@link ScheduledEvent} as input. Each schedule
 * deletes itself once it has run.
 *
 * <p>Limits from the EventBridge Scheduler API Reference ({@code CreateSchedule}): a name is 1 to 64
 * characters of {@code [0-9a-zA-Z-_.]}; a one-time expression is {@code at(yyyy-mm-ddThh:mm:ss)}, whole
 * seconds, read in {@code ScheduleExpressionTimezone}; {@code UpdateSchedule} replaces every field, so
 * an update sends them all again.
 */
public final class EventBridgePublishScheduler implements PublishScheduler {
    /** The API Reference's {@code Name} constraint. */
    static final Pattern NAME = Pattern.compile("[0-9a-zA-Z\\-_.]{1,64}");
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private final Supplier<SchedulerClient> scheduler;
    private final String group;
    private final String publisherArn;
    private final String roleArn;

    /**
     * @param scheduler    the client, asked for on the first schedule (most requests schedule nothing)
     * @param group        the stack's schedule group
     * @param publisherArn the publisher function (its alias) the schedules invoke
     * @param roleArn      the execution role EventBridge Scheduler assumes to invoke it
     */
    public EventBridgePublishScheduler(Supplier<SchedulerClient> scheduler, String group, String publisherArn, String roleArn) {
        this.scheduler = scheduler;
        this.group = group;
        this.publisherArn = publisherArn;
        this.roleArn = roleArn;
    }

    @Override
    public void schedule(String date, Instant at) {
        upsert(ScheduledEvent.publish(date, at));
    }

    @Override
    public void cancel(String date, Instant at) {
        try {
            scheduler.get().deleteSchedule(r -> r.groupName(group).name(scheduleName(ScheduledEvent.publish(date, at))));
        } catch (ResourceNotFoundException alreadyGone) {
            // It ran (and deleted itself), or an earlier cancel went through: nothing to undo.
        }
    }

    @Override
    public void republishAt(String date, Instant at) {
        upsert(ScheduledEvent.embargo(date, at));
    }

    /** Creates the schedule; one of that name already there (a retried save) is brought to the same state. */
    private void upsert(ScheduledEvent event) {
        String name = scheduleName(event);
        String expression = atExpression(event.at());
        Target target = Target.builder().arn(publisherArn).roleArn(roleArn).input(input(event)).build();
        FlexibleTimeWindow exact = FlexibleTimeWindow.builder().mode(FlexibleTimeWindowMode.OFF).build();
        try {
            scheduler.get().createSchedule(r -> r.groupName(group).name(name).scheduleExpression(expression)
                    .scheduleExpressionTimezone("UTC").flexibleTimeWindow(exact).target(target)
                    .actionAfterCompletion(ActionAfterCompletion.DELETE));
        } catch (ConflictException exists) {
            scheduler.get().updateSchedule(r -> r.groupName(group).name(name).scheduleExpression(expression)
                    .scheduleExpressionTimezone("UTC").flexibleTimeWindow(exact).target(target)
                    .actionAfterCompletion(ActionAfterCompletion.DELETE));
        }
    }

    /**
     * A schedule's name, the same for the same kind, edition and time: {@code publish-2026-11-30-2026-11-29T220000Z}
     * (the instant in ISO 8601 without its colons, which names may not hold), at most 47 characters for a
     * four-digit year with nanoseconds.
     *
     * @throws IllegalArgumentException when the name would break the API's constraint (a year past 9999)
     */
    public static String scheduleName(ScheduledEvent event) {
        String name = event.kind().name().toLowerCase() + "-" + event.edition() + "-" + event.at().toString().replace(":", "");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("no EventBridge Scheduler name can hold " + event + ": " + name);
        }
        return name;
    }

    /**
     * The one-time expression for {@code at}, in UTC: {@code at(2026-11-29T22:00:00)}. The expression
     * holds whole seconds, so a time with a fraction is rounded up: a schedule never fires before the
     * time it was made for.
     */
    public static String atExpression(Instant at) {
        Instant whole = at.truncatedTo(ChronoUnit.SECONDS);
        Instant notBefore = whole.equals(at) ? whole : whole.plusSeconds(1);
        return "at(" + LocalDateTime.ofInstant(notBefore, ZoneOffset.UTC).format(AT) + ")";
    }

    /** The target's input: the {@link ScheduledEvent} as JSON, its keys in a fixed order. */
    static String input(ScheduledEvent event) {
        Map<String, String> ordered = new LinkedHashMap<>();
        ordered.put("scheduled", event.toMap().get("scheduled"));
        ordered.put("edition", event.edition());
        ordered.put("at", event.at().toString());
        return Json.write(ordered);
    }
}
