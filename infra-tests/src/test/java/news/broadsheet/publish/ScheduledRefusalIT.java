package news.broadsheet.publish;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import news.broadsheet.api.ApiHandler;
import news.broadsheet.api.PublisherHandler;
import news.broadsheet.emulator.Emulator;
import news.broadsheet.emulator.EmulatorExtension;
import news.broadsheet.emulator.Newsroom;
import news.broadsheet.json.Json;
import news.broadsheet.local.LocalApiComponent;
import news.broadsheet.logging.JsonLogging;
import news.broadsheet.wiring.Config;
import news.broadsheet.wiring.PublisherComponent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;

/**
 * A scheduled edition the preflight refuses at its time does not vanish: the edition lists a failed
 * job with the preflight's report, and the publisher's log line says {@code failed}, the outcome the
 * stack's alarm counts. The schedule's event is fed to the publisher function as Scheduler sends it.
 */
@ExtendWith(EmulatorExtension.class)
class ScheduledRefusalIT {

    @Test
    void aScheduledEditionThePreflightRefuses_leavesAFailedJobWithItsReport_listedUnderTheEdition(Emulator emulator) {
        Newsroom newsroom = Newsroom.create(emulator, Map.of(Config.EDITOR_TOKEN, Paper.TOKEN));
        Paper paper = new Paper(new ApiHandler(LocalApiComponent.create(newsroom.config())));
        String date = "2026-06-01";
        String draft = paper.article("未完成的稿件", "还没有写完。", "draft");
        Instant at = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        var laidOut = paper.call("PUT", "/api/editions/" + date, "{\"number\": 3, \"pages\": [{\"number\": 1, \"name\": \"要闻\","
                + " \"articles\": [\"" + draft + "\"]}], \"publishAt\": \"" + at.atOffset(ZoneOffset.ofHours(8)) + "\"}");
        assertThat(laidOut.getStatusCode()).as(laidOut.getBody()).isEqualTo(201);

        ByteArrayOutputStream log = new ByteArrayOutputStream();
        Publication job;
        try (var capture = capture(log)) {
            job = new PublisherHandler(PublisherComponent.create(newsroom.config()))
                    .handleRequest(ScheduledEvent.publish(date, at).toMap(), null);
        }

        assertThat(job).as("the refused run's job").isNotNull();
        assertThat(job.status()).isEqualTo(Publication.FAILED);
        assertThat(job.requestedBy()).isEqualTo("scheduler");
        assertThat(job.error().type()).isEqualTo(JobError.REFUSED);
        assertThat(job.report().articles()).isZero();
        assertThat(job.report().skipped()).extracting(Preflight.Skipped::article).containsExactly(draft);

        var listed = paper.call("GET", "/api/editions/" + date + "/publications", null);
        assertThat(listed.getStatusCode()).as(listed.getBody()).isEqualTo(200);
        JsonNode first = Paper.json(listed).get("items").get(0);
        assertThat(first.get("id").asText()).isEqualTo(job.id());
        assertThat(first.get("status").asText()).isEqualTo("failed");
        assertThat(first.get("requestedBy").asText()).isEqualTo("scheduler");
        assertThat(first.at("/report/skipped/0/article").asText()).isEqualTo(draft);
        assertThat(first.at("/error/detail").asText()).contains(date);
        assertThat(paper.call("GET", "/api/publications/" + job.id(), null).getStatusCode()).isEqualTo(200);

        List<JsonNode> lines = Arrays.stream(log.toString(StandardCharsets.UTF_8).split("\n")).filter(l -> !l.isBlank())
                .map(l -> Json.read(l, JsonNode.class)).toList();
        assertThat(lines).as("the line the alarm's metric filter counts")
                .anyMatch(l -> l.path("formattedMessage").asText().equals("request") && l.at("/mdc/status").asText().equals("failed")
                        && l.at("/mdc/route").asText().equals("scheduled"));
    }

    /** The root logger's JSON lines at Lambda's level (INFO), as Lambda would ship them, also written to {@code out}. */
    static AutoCloseable0 capture(ByteArrayOutputStream out) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
        appender.setContext(context);
        appender.setEncoder(JsonLogging.encoder(context));
        appender.setOutputStream(out);
        appender.start();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ch.qos.logback.classic.Level before = root.getLevel();
        root.setLevel(ch.qos.logback.classic.Level.INFO);
        root.addAppender(appender);
        return () -> {
            root.setLevel(before);
            root.detachAppender(appender);
            appender.stop();
        };
    }

    interface AutoCloseable0 extends AutoCloseable {
        @Override
        void close();
    }
}
