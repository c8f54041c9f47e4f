package news.broadsheet.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import news.broadsheet.fakes.FakeNewsroom;
import org.junit.jupiter.api.Test;

/**
 * When an article went out and when it last changed, as JSON-LD and the feed state them: full
 * timestamps in the paper's offset (Asia/Shanghai, +08:00), from the publications themselves.
 */
class ArticleDatesTest {
    final FakeNewsroom paper = new FakeNewsroom();

    /** Failure: datePublished was a bare date, and dateModified (a UTC instant) could be earlier than it. */
    @Test
    void jsonLd_statesTheFirstPublicationAndTheLastCorrection_withThePapersOffset() throws Exception {
        paper.clock.set(Instant.parse("2026-01-04T22:30:00Z"));
        paper.layOut("2026-01-05", 1, List.of(List.of(paper.article("a1", "旧城改造启动"), paper.article("a2", "供暖提前"))));
        paper.publish("2026-01-05");

        paper.clock.set(Instant.parse("2026-01-05T03:15:00Z"));
        paper.retitle("a1", "旧城改造今日启动", null);
        paper.layOut("2026-01-05", 1, List.of(List.of("a1", "a2", paper.article("a3", "夜市开张"))));
        paper.publish("2026-01-05");

        JsonNode corrected = jsonLd("a1");
        assertThat(corrected.get("datePublished").asText()).isEqualTo("2026-01-05T06:30:00+08:00");
        assertThat(corrected.get("dateModified").asText()).isEqualTo("2026-01-05T11:15:00+08:00");
        JsonNode unchanged = jsonLd("a2");
        assertThat(unchanged.get("datePublished").asText()).isEqualTo("2026-01-05T06:30:00+08:00");
        assertThat(unchanged.get("dateModified").asText()).isEqualTo("2026-01-05T06:30:00+08:00");
        JsonNode added = jsonLd("a3");
        assertThat(added.get("datePublished").asText()).as("an article added later went out with the later publication")
                .isEqualTo("2026-01-05T11:15:00+08:00");
    }

    @Test
    void dateModified_isNeverEarlierThanDatePublished_acrossRepublications() throws Exception {
        paper.layOut("2026-01-05", 1, List.of(List.of(paper.article("a1", "旧城改造启动"))));
        paper.publish("2026-01-05");
        for (int i = 1; i <= 3; i++) {
            paper.clock.set(Instant.parse("2026-01-05T08:00:00Z").plusSeconds(3600L * i));
            paper.retitle("a1", "旧城改造启动" + i, null);
            paper.publish("2026-01-05");

            JsonNode ld = jsonLd("a1");
            OffsetDateTime published = OffsetDateTime.parse(ld.get("datePublished").asText());
            OffsetDateTime modified = OffsetDateTime.parse(ld.get("dateModified").asText());
            assertThat(published).isEqualTo(OffsetDateTime.parse("2026-01-05T16:00:00+08:00"));
            assertThat(modified).isAfter(published).isEqualTo(OffsetDateTime.parse("2026-01-05T16:00:00+08:00").plusHours(i));
        }
    }

    @Test
    void republishingUnchanged_keepsTheArticlePageBytes() {
        paper.layOut("2026-01-05", 1, List.of(List.of(paper.article("a1", "旧城改造启动"))));
        paper.publish("2026-01-05");
        String before = paper.site("editions/2026-01-05/articles/a1/index.html");

        paper.clock.set(Instant.parse("2026-01-06T08:00:00Z"));
        paper.publish("2026-01-05");

        assertThat(paper.site("editions/2026-01-05/articles/a1/index.html")).isEqualTo(before);
    }

    @Test
    void feedEntries_carryTheSameTimestampsAsTheArticle() {
        paper.clock.set(Instant.parse("2026-01-04T22:30:00Z"));
        paper.layOut("2026-01-05", 1, List.of(List.of(paper.article("a1", "旧城改造启动"))));
        paper.publish("2026-01-05");
        paper.clock.set(Instant.parse("2026-01-05T03:15:00Z"));
        paper.retitle("a1", "旧城改造今日启动", null);
        paper.publish("2026-01-05");

        assertThat(paper.site("feed.xml")).contains("<published>2026-01-05T06:30:00+08:00</published>")
                .contains("<updated>2026-01-05T11:15:00+08:00</updated>");
    }

    /**
     * Tomorrow's paper goes out tonight in the paper's zone (22:00 on the 4th, +08:00, for the 5th),
     * is corrected, and a back issue and a site refresh follow: no time the feed states (the feed's
     * own {@code updated}, or an entry's {@code published} or {@code updated}) is later than the
     * moment the feed was written; a reader's clock never sees an entry from the future.
     */
    @Test
    void tomorrowsPaperPublishedTonight_givesTheFeedNoTimeInTheFuture() {
        paper.clock.set(Instant.parse("2026-01-04T14:00:00Z"));
        paper.layOut("2026-01-05", 1, List.of(List.of(paper.article("a1", "明日出刊"), paper.article("a2", "夜间付印"))));
        paper.publish("2026-01-05");
        assertNoTimeAfter(paper.site("feed.xml"), paper.clock.instant());

        paper.clock.set(Instant.parse("2026-01-04T14:30:00Z"));
        paper.retitle("a1", "明日出刊（更正）", null);
        paper.publish("2026-01-05");
        assertNoTimeAfter(paper.site("feed.xml"), paper.clock.instant());

        paper.clock.set(Instant.parse("2026-01-04T15:00:00Z"));
        paper.layOut("2026-01-03", 1, List.of(List.of(paper.article("b1", "前日旧报"))));
        paper.publishBackIssue("2026-01-03");
        paper.refreshSite();
        assertNoTimeAfter(paper.site("feed.xml"), paper.clock.instant());
    }

    /**
     * A snapshot written before articles' first publication was recorded (its articles lack
     * {@code publishedAt}) of tomorrow's paper, published tonight: when tonight's next publication
     * writes the feed from it, its entries must not be dated the start of tomorrow in the paper's zone.
     */
    @Test
    void aSnapshotWithoutPublicationTimes_ofTomorrowsPaper_givesTheFeedNoTimeInTheFuture() throws Exception {
        paper.clock.set(Instant.parse("2026-01-04T14:00:00Z"));
        paper.layOut("2026-01-05", 1, List.of(List.of(paper.article("a1", "明日出刊"))));
        paper.publish("2026-01-05");
        var pointer = paper.published.find("2026-01-05").orElseThrow();
        var mapper = news.broadsheet.json.Json.mapper();
        JsonNode legacy = mapper.valueToTree(paper.published.snapshot(pointer));
        legacy.get("pages").forEach(p -> p.get("articles").forEach(a -> ((com.fasterxml.jackson.databind.node.ObjectNode) a).remove("publishedAt")));
        paper.published.stage(pointer.snapshotId(), mapper.treeToValue(legacy, Snapshot.class));

        paper.clock.set(Instant.parse("2026-01-04T14:30:00Z"));
        paper.layOut("2026-01-04", 1, List.of(List.of(paper.article("b1", "今日新闻"))));
        paper.publish("2026-01-04");

        String feed = paper.site("feed.xml");
        assertThat(feed).contains("明日出刊");
        assertNoTimeAfter(feed, paper.clock.instant());
    }

    private static void assertNoTimeAfter(String feed, Instant now) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<(published|updated)>([^<]+)</").matcher(feed);
        int seen = 0;
        while (m.find()) {
            seen++;
            assertThat(OffsetDateTime.parse(m.group(2)).toInstant()).as(m.group(0)).isBeforeOrEqualTo(now);
        }
        assertThat(seen).as("the feed states times").isGreaterThan(1);
    }

    private JsonNode jsonLd(String id) throws Exception {
        String html = paper.site("editions/2026-01-05/articles/" + id + "/index.html");
        String open = "<script type=\"application/ld+json\">";
        int from = html.indexOf(open) + open.length();
        return new ObjectMapper().readTree(html.substring(from, html.indexOf("</script>", from)));
    }
}
