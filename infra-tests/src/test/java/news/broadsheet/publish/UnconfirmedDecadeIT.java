package news.broadsheet.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import news.broadsheet.api.ApiHandler;
import news.broadsheet.emulator.Emulator;
import news.broadsheet.emulator.EmulatorExtension;
import news.broadsheet.emulator.Newsroom;
import news.broadsheet.local.LocalApiComponent;
import news.broadsheet.local.LocalServer;
import news.broadsheet.local.RenderedArchiveSeed;
import news.broadsheet.render.SiteRenderer;
import news.broadsheet.store.DynamoPublicationStore;
import news.broadsheet.wiring.Config;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A rebuild's end that dies after its intent leaves every month page of the archive unconfirmed:
 * a decade's 121, more than one DynamoDB transaction may write (100 actions, TransactWriteItems'
 * documented limit). The next publication, take-down or site refresh renders every one of them again
 * and must still commit them all: the site is not stuck until someone reruns the rebuild.
 */
@ExtendWith(EmulatorExtension.class)
class UnconfirmedDecadeIT {
    static final int MONTHS = 121;
    static final String NEW = "2024-02-15";

    @Test
    void aRebuildEndDyingAfterItsIntent_leavesADecadeUnconfirmed_andPublishingTakingDownAndRefreshingEachConfirmItAll(
            Emulator emulator) throws Exception {
        try (LocalServer stack = LocalServer.start(emulator, 0, Paper.TOKEN, "decade-reporter", new LocalServer.Contents.Empty());
             S3Client s3 = Newsroom.s3(emulator);
             DynamoDbClient dynamo = emulator.dynamo()) {
            LocalApiComponent graph = LocalApiComponent.create(stack.config());
            List<String> dates = new ArrayList<>();
            for (int m = 0; m < MONTHS; m++) {
                dates.add(LocalDate.of(2014, 1, 15).plusMonths(m).toString());
            }
            RenderedArchiveSeed.seed(RenderedArchiveSeed.Stores.of(graph), dates, Instant.now().toString(), 4);
            Paper paper = new Paper(new ApiHandler(graph));
            PublishedStore published = graph.publishedStore();

            dieAfterIntent(graph, dynamo, stack.config(), "a");
            paper.edition(NEW, MONTHS + 1, List.of(List.of(paper.article("十年之后的要闻", "本报讯 新的一期。", "ready"))));
            JsonNode publication = paper.publish(NEW);
            assertThat(publication.get("status").asText()).as(publication.toString()).isEqualTo("succeeded");
            assertAllConfirmed(published, MONTHS + 1);
            assertThat(published.month("2024-02").editions()).containsKey(NEW);

            dieAfterIntent(graph, dynamo, stack.config(), "b");
            JsonNode takeDown = paper.await(paper.call("DELETE", "/api/editions/" + NEW + "/publication", null)
                    .getHeaders().get("location"));
            assertThat(takeDown.get("status").asText()).as(takeDown.toString()).isEqualTo("succeeded");
            assertAllConfirmed(published, MONTHS);
            assertThat(published.month("2024-02").editions()).isEmpty();

            dieAfterIntent(graph, dynamo, stack.config(), "c");
            JsonNode refresh = paper.await(paper.call("POST", "/api/site/refresh", null).getHeaders().get("location"));
            assertThat(refresh.get("status").asText()).as(refresh.toString()).isEqualTo("succeeded");
            assertAllConfirmed(published, MONTHS);

            assertThat(Crawl.from(s3, stack.siteBucket(), "index.html").broken).isEmpty();
        }
    }

    /**
     * A rebuild's end under another stylesheet (so every month page changes) whose uploads fail after
     * its intent marked them all unconfirmed: what a run killed between its intent and its commit leaves.
     */
    private static void dieAfterIntent(LocalApiComponent graph, DynamoDbClient dynamo, Config config, String mark) {
        byte[] css;
        try (var in = SiteRenderer.class.getClassLoader().getResourceAsStream("web/assets/site.css")) {
            css = (new String(in.readAllBytes(), StandardCharsets.UTF_8) + "\n/* redesign " + mark + " */\n")
                    .getBytes(StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        SiteRenderer redesign = SiteRenderer.create(config.paperName(), config.siteUrl(), ZoneId.of(config.timeZone()), css);
        Rebuild dying = new Rebuild(graph.articleStore(), new DynamoPublicationStore(dynamo, config.table()),
                graph.publishedStore(), redesign, FaultInjectionIT.failingAfter(graph.siteBucket(), 20), Cdn.NONE,
                HeaderRules.defaults(), Clock.systemUTC(), null, PrintedPages.NONE);
        dying.assets();
        assertThatThrownBy(() -> dying.finish("decade-reporter", true)).hasMessageContaining("injected failure");
        assertThat(graph.publishedStore().site().unconfirmed().stream().filter(k -> k.startsWith("archive/")).count())
                .as("month pages the dead run left unconfirmed").isGreaterThanOrEqualTo(MONTHS);
    }

    private static void assertAllConfirmed(PublishedStore published, int months) {
        SiteRecord site = published.site();
        assertThat(site.unconfirmed()).isEmpty();
        assertThat(site.months()).hasSize(months);
        for (String month : site.months().keySet()) {
            assertThat(published.month(month).page()).as(month).isNotNull().matches(p -> !p.unconfirmed());
        }
    }
}
