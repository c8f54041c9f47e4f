package news.broadsheet.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import news.broadsheet.api.ApiHandler;
import news.broadsheet.api.HttpEvents;
import news.broadsheet.api.PublisherHandler;
import news.broadsheet.emulator.Emulator;
import news.broadsheet.emulator.EmulatorExtension;
import news.broadsheet.emulator.Newsroom;
import news.broadsheet.json.Json;
import news.broadsheet.wiring.ApiComponent;
import news.broadsheet.wiring.Config;
import news.broadsheet.wiring.PublisherComponent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.scheduler.SchedulerClient;
import software.amazon.awssdk.services.scheduler.model.GetScheduleResponse;
import software.amazon.awssdk.services.scheduler.model.ResourceNotFoundException;
import software.amazon.awssdk.services.scheduler.model.ScheduleSummary;

/**
 * The AWS half of scheduled publishing, with the API wired as it is deployed ({@link ApiComponent})
 * against the emulator's EventBridge Scheduler: laying out an edition with {@code publishAt} creates
 * a one-time schedule at that time whose target is the publisher with the scheduler's role and the
 * edition's event; moving the time replaces it, clearing it deletes it, and an embargo in the edition
 * gets one of its own. Neither emulator runs a schedule's target, so the event each schedule holds is
 * then handed to the publisher function's handler, as EventBridge Scheduler would: a schedule the
 * edition no longer asks for does nothing, the current one publishes.
 */
@ExtendWith(EmulatorExtension.class)
class EventBridgeSchedulingIT {
    static final String EDITOR = "schedule-editor";
    static final String PUBLISHER = "arn:aws:lambda:us-east-1:123456789012:function:broadsheet-publisher:live";
    static final String ROLE = "arn:aws:iam::123456789012:role/broadsheet-scheduler";
    static ApiHandler api;
    static SchedulerClient scheduler;
    static Newsroom newsroom;
    static Emulator emulator;
    static String group;

    @BeforeAll
    static void start(Emulator running) {
        emulator = running;
        group = "broadsheet-" + UUID.randomUUID().toString().substring(0, 8);
        newsroom = Newsroom.create(emulator, Map.of(Config.EDITOR_TOKEN, EDITOR, Config.SCHEDULE_GROUP, group,
                Config.SCHEDULER_ROLE_ARN, ROLE, Config.PUBLISHER_FUNCTION, PUBLISHER));
        scheduler = SchedulerClient.builder().endpointOverride(emulator.endpoint()).region(Region.of(Emulator.REGION))
                .credentialsProvider(emulator.credentials()).httpClientBuilder(UrlConnectionHttpClient.builder()).build();
        scheduler.createScheduleGroup(r -> r.name(group));
        api = new ApiHandler(ApiComponent.create(newsroom.config()));
    }

    static APIGatewayV2HTTPResponse call(String method, String path, String json, String ifMatch) {
        Map<String, String> headers = new HashMap<>(Map.of("authorization", "Bearer " + EDITOR));
        if (json != null) {
            headers.put("content-type", "application/json");
        }
        if (ifMatch != null) {
            headers.put("if-match", ifMatch);
        }
        return api.handleRequest(HttpEvents.request(method, path, headers, Map.of(),
                json == null ? null : json.getBytes(StandardCharsets.UTF_8)), null);
    }

    static String readyArticle(String headline, String embargoUntil) {
        String embargo = embargoUntil == null ? "" : ", \"embargoUntil\": \"" + embargoUntil + "\"";
        var created = call("POST", "/api/articles", "{\"headline\": \"" + headline + "\", \"status\": \"ready\"" + embargo
                + ", \"body\": [{\"type\": \"paragraph\", \"text\": \"定时发布的正文。\"}]}", null);
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(201);
        return Json.read(created.getBody(), JsonNode.class).get("id").asText();
    }

    /** Lays the edition out (create, or replace at {@code etag}) and answers the new ETag. */
    static String layout(String date, List<String> ids, String publishAt, String etag) {
        String at = publishAt == null ? "" : ", \"publishAt\": \"" + publishAt + "\"";
        var saved = call("PUT", "/api/editions/" + date, "{\"number\": 3, \"pages\": [{\"number\": 1, \"name\": \"要闻\", \"articles\": "
                + Json.write(ids) + "}]" + at + "}", etag);
        assertThat(saved.getStatusCode()).as(saved.getBody()).isEqualTo(etag == null ? 201 : 200);
        return saved.getHeaders().get("etag");
    }

    static GetScheduleResponse schedule(String name) {
        return scheduler.getSchedule(r -> r.groupName(group).name(name));
    }

    static List<String> schedulesOf(String date) {
        return scheduler.listSchedulesPaginator(r -> r.groupName(group)).schedules().stream().map(ScheduleSummary::name)
                .filter(n -> n.contains("-" + date + "-")).sorted().toList();
    }

    static String site(String key) {
        try {
            return Newsroom.s3(emulator).getObjectAsBytes(r -> r.bucket(newsroom.config().siteBucket()).key(key)).asUtf8String();
        } catch (NoSuchKeyException e) {
            return null;
        }
    }

    static Map<String, String> event(GetScheduleResponse schedule) throws Exception {
        return Json.mapper().readValue(schedule.target().input(), new TypeReference<>() {});
    }

    @Test
    void layingOutWithPublishAt_createsAOneTimeScheduleAtThatTime_thatStartsThePublisherWithTheEdition() throws Exception {
        String id = readyArticle("定时见报", null);

        layout("2026-06-01", List.of(id), "2030-01-02T11:04:05+08:00", null);

        GetScheduleResponse made = schedule("publish-2026-06-01-2030-01-02T030405Z");
        assertThat(made.groupName()).isEqualTo(group);
        assertThat(made.scheduleExpression()).isEqualTo("at(2030-01-02T03:04:05)");
        assertThat(made.scheduleExpressionTimezone()).isEqualTo("UTC");
        assertThat(made.flexibleTimeWindow().modeAsString()).isEqualTo("OFF");
        assertThat(made.actionAfterCompletionAsString()).isEqualTo("DELETE");
        assertThat(made.target().arn()).isEqualTo(PUBLISHER);
        assertThat(made.target().roleArn()).isEqualTo(ROLE);
        assertThat(event(made)).isEqualTo(Map.of("scheduled", "publish", "edition", "2026-06-01", "at", "2030-01-02T03:04:05Z"));
        assertThat(schedulesOf("2026-06-01")).containsExactly("publish-2026-06-01-2030-01-02T030405Z");
    }

    @Test
    void movingPublishAt_replacesTheSchedule_andClearingIt_deletesIt() {
        String id = readyArticle("改期", null);
        String v1 = layout("2026-06-02", List.of(id), "2030-01-02T03:00:00Z", null);

        String v2 = layout("2026-06-02", List.of(id), "2030-01-02T05:30:00Z", v1);

        assertThat(schedulesOf("2026-06-02")).containsExactly("publish-2026-06-02-2030-01-02T053000Z");
        assertThat(schedule("publish-2026-06-02-2030-01-02T053000Z").scheduleExpression()).isEqualTo("at(2030-01-02T05:30:00)");
        assertThatThrownBy(() -> schedule("publish-2026-06-02-2030-01-02T030000Z")).isInstanceOf(ResourceNotFoundException.class);

        layout("2026-06-02", List.of(id), null, v2);

        assertThat(schedulesOf("2026-06-02")).isEmpty();
    }

    @Test
    void anEmbargoedArticleLaidOut_getsAScheduleThatRepublishesItsEditionWhenTheEmbargoEnds() throws Exception {
        String id = readyArticle("禁发稿件", "2030-03-04T09:00:00+08:00");

        layout("2026-06-03", List.of(id), null, null);

        GetScheduleResponse made = schedule("embargo-2026-06-03-2030-03-04T010000Z");
        assertThat(made.scheduleExpression()).isEqualTo("at(2030-03-04T01:00:00)");
        assertThat(made.scheduleExpressionTimezone()).isEqualTo("UTC");
        assertThat(made.target().arn()).isEqualTo(PUBLISHER);
        assertThat(made.target().roleArn()).isEqualTo(ROLE);
        assertThat(event(made)).isEqualTo(Map.of("scheduled", "embargo", "edition", "2026-06-03", "at", "2030-03-04T01:00:00Z"));
        assertThat(schedulesOf("2026-06-03")).containsExactly("embargo-2026-06-03-2030-03-04T010000Z");
    }

    /** A save that failed after scheduling, retried with the same time: the schedule is there already. */
    @Test
    void schedulingATimeThatAlreadyHasItsSchedule_bringsItToTheSameState_insteadOfFailing() {
        var adapter = new news.broadsheet.store.EventBridgePublishScheduler(() -> scheduler, group, PUBLISHER, ROLE);
        java.time.Instant at = java.time.Instant.parse("2030-07-08T09:10:11Z");

        adapter.schedule("2026-06-07", at);
        adapter.schedule("2026-06-07", at);

        assertThat(schedulesOf("2026-06-07")).containsExactly("publish-2026-06-07-2030-07-08T091011Z");
        GetScheduleResponse kept = schedule("publish-2026-06-07-2030-07-08T091011Z");
        assertThat(kept.scheduleExpression()).isEqualTo("at(2030-07-08T09:10:11)");
        assertThat(kept.target().arn()).isEqualTo(PUBLISHER);
        assertThat(kept.target().roleArn()).isEqualTo(ROLE);

        adapter.cancel("2026-06-07", at);
        adapter.cancel("2026-06-07", at);   // already gone: not an error

        assertThat(schedulesOf("2026-06-07")).isEmpty();
    }

    @Test
    void anEmbargoSetOnAnArticleAlreadyLaidOut_getsItsScheduleToo() throws Exception {
        String id = readyArticle("后加禁发", null);
        layout("2026-06-05", List.of(id), null, null);
        String etag = call("GET", "/api/articles/" + id, null, null).getHeaders().get("etag");

        Map<String, String> headers = new HashMap<>(Map.of("authorization", "Bearer " + EDITOR,
                "content-type", "application/merge-patch+json", "if-match", etag));
        var patched = api.handleRequest(HttpEvents.request("PATCH", "/api/articles/" + id, headers, Map.of(),
                "{\"embargoUntil\": \"2030-05-06T07:08:09Z\"}".getBytes(StandardCharsets.UTF_8)), null);

        assertThat(patched.getStatusCode()).as(patched.getBody()).isEqualTo(200);
        assertThat(schedulesOf("2026-06-05")).containsExactly("embargo-2026-06-05-2030-05-06T070809Z");
        assertThat(event(schedule("embargo-2026-06-05-2030-05-06T070809Z")))
                .isEqualTo(Map.of("scheduled", "embargo", "edition", "2026-06-05", "at", "2030-05-06T07:08:09Z"));
    }

    @Test
    void thePublisher_takesAScheduledEventOnlyInTheShapeAScheduleSends() throws Exception {
        String id = readyArticle("只认定时", null);
        layout("2026-06-06", List.of(id), "2030-01-02T03:00:00Z", null);
        Map<String, String> forged = new HashMap<>(event(schedule("publish-2026-06-06-2030-01-02T030000Z")));
        forged.put("publicationId", "someone-elses-job");
        PublisherHandler publisher = new PublisherHandler(PublisherComponent.create(newsroom.config()));

        assertThatThrownBy(() -> publisher.handleRequest(forged, null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(site("editions/2026-06-06/index.html")).isNull();
    }

    @Test
    void aScheduleTheEditionNoLongerAsksFor_doesNothingWhenItFires_andTheCurrentOnePublishes() throws Exception {
        String id = readyArticle("过期的定时", null);
        String v1 = layout("2026-06-04", List.of(id), "2030-01-02T03:00:00Z", null);
        Map<String, String> stale = event(schedule("publish-2026-06-04-2030-01-02T030000Z"));
        layout("2026-06-04", List.of(id), "2030-01-02T04:00:00Z", v1);
        Map<String, String> current = event(schedule("publish-2026-06-04-2030-01-02T040000Z"));
        PublisherHandler publisher = new PublisherHandler(PublisherComponent.create(newsroom.config()));

        // A delete that was lost, or a save that failed after scheduling, leaves a schedule like this one.
        assertThat(publisher.handleRequest(stale, null)).isNull();
        assertThat(site("editions/2026-06-04/index.html")).isNull();

        Publication done = publisher.handleRequest(current, null);

        assertThat(done.status()).as(String.valueOf(done.error())).isEqualTo(Publication.SUCCEEDED);
        assertThat(done.requestedBy()).isEqualTo("scheduler");
        assertThat(site("editions/2026-06-04/index.html")).contains("过期的定时");
    }
}
