package news.broadsheet.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import news.broadsheet.api.ApiHandler;
import news.broadsheet.emulator.Emulator;
import news.broadsheet.emulator.EmulatorExtension;
import news.broadsheet.emulator.Newsroom;
import news.broadsheet.local.LocalApiComponent;
import news.broadsheet.search.SearchDirectory;
import news.broadsheet.wiring.Config;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.cloudfront.CloudFrontClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Object;

/** Publishing against the emulator: S3 for the site, DynamoDB for state, CloudFront for invalidations. */
@ExtendWith(EmulatorExtension.class)
class PublishingIT {
    static final String DATE = "2026-01-05";
    static final String REPORTER = "reporter-token";
    static final String HTML = "text/html; charset=utf-8";
    static final String A_MINUTE_A_DAY_AT_THE_EDGE = "public, max-age=60, s-maxage=86400";
    static final String A_YEAR = "public, max-age=31536000, immutable";

    /** The Content-Type and Cache-Control each kind of object must have, written out (not read from HeaderRules). */
    static List<String> expectedHeaders(String key) {
        if (key.matches("assets/site\\.[0-9a-f]{8,}\\.css")) {
            return List.of("text/css; charset=utf-8", A_YEAR);
        }
        if (key.matches("assets/search\\.[0-9a-f]{8,}\\.js")) {
            return List.of("text/javascript; charset=utf-8", A_YEAR);
        }
        if (key.matches("editions/" + DATE + "/search/[0-9a-f]{12}/s\\d+\\.bin")) {
            return List.of("application/octet-stream", A_YEAR);
        }
        if (key.matches("editions/" + DATE + "/search/[0-9a-f]{12}/d-" + DATE + "\\.json")) {
            return List.of("application/json", A_YEAR);
        }
        if (key.matches("editions/" + DATE + "/search/[0-9a-f]{12}/c\\d+-\\d+\\.txt")) {
            return List.of("text/plain; charset=utf-8", A_YEAR);
        }
        if (key.endsWith(".html")) {
            return List.of(HTML, A_MINUTE_A_DAY_AT_THE_EDGE);
        }
        return switch (key) {
            case "feed.xml" -> List.of("application/atom+xml; charset=utf-8", A_MINUTE_A_DAY_AT_THE_EDGE);
            case "sitemap.xml", "editions/" + DATE + "/sitemap.xml" -> List.of("application/xml; charset=utf-8", A_MINUTE_A_DAY_AT_THE_EDGE);
            case "robots.txt" -> List.of("text/plain; charset=utf-8", A_MINUTE_A_DAY_AT_THE_EDGE);
            case "search/index.json" -> List.of("application/json", A_MINUTE_A_DAY_AT_THE_EDGE);
            default -> throw new AssertionError("an object this test does not expect: " + key);
        };
    }

    /** An article's page, written out: /editions/{date}/articles/{first 8 characters of its id}/. */
    static String articleKey(String id) {
        return "editions/" + DATE + "/articles/" + id.substring(0, 8) + "/index.html";
    }
    Newsroom newsroom;
    Paper paper;
    S3Client s3;
    CloudFrontClient cloudFront;

    @BeforeEach
    void start(Emulator emulator) {
        newsroom = Newsroom.create(emulator, Map.of(Config.EDITOR_TOKEN, Paper.TOKEN, Config.REPORTER_TOKEN, REPORTER), true);
        paper = new Paper(new ApiHandler(LocalApiComponent.create(newsroom.config())));
        s3 = Newsroom.s3(emulator);
        cloudFront = Newsroom.cloudFront(emulator);
    }

    String bucket() {
        return newsroom.config().siteBucket();
    }

    int invalidationCount() {
        return cloudFront.listInvalidations(r -> r.distributionId(newsroom.config().distributionId())).invalidationList().quantity();
    }

    Map<String, String> bucketHashes() {
        return s3.listObjectsV2Paginator(r -> r.bucket(bucket())).contents().stream().collect(Collectors.toMap(S3Object::key,
                o -> news.broadsheet.render.SiteRenderer.sha256(s3.getObjectAsBytes(r -> r.bucket(bucket()).key(o.key())).asByteArray())));
    }

    @Test
    void aPublishedEdition_crawledFromTheFrontPage_hasNoBrokenLinks_andEveryObjectHasItsHeaders() {
        List<String> ids = paper.standardEdition(DATE);
        JsonNode job = paper.publish(DATE);

        assertThat(job.get("status").asText()).as(job.toString()).isEqualTo("succeeded");
        Crawl crawl = Crawl.from(s3, bucket(), "index.html");
        assertThat(crawl.broken).isEmpty();
        assertThat(crawl.visited).contains("editions/" + DATE + "/index.html", "editions/" + DATE + "/pages/1/index.html",
                "editions/" + DATE + "/pages/2/index.html", "archive/index.html");
        assertThat(crawl.visited.stream().filter(k -> k.contains("/articles/"))).hasSize(ids.size());
        for (String id : ids) {
            assertThat(crawl.visited).contains(articleKey(id));
        }
        for (S3Object o : s3.listObjectsV2Paginator(r -> r.bucket(bucket())).contents()) {
            HeadObjectResponse head = s3.headObject(r -> r.bucket(bucket()).key(o.key()));
            assertThat(List.of(head.contentType(), head.cacheControl())).as(o.key()).isEqualTo(expectedHeaders(o.key()));
        }
        assertThat(crawl.visited).anyMatch(k -> k.startsWith("assets/site.") && k.endsWith(".css"));
        for (String extra : List.of("feed.xml", "sitemap.xml", "robots.txt", "404.html", "editions/" + DATE + "/sitemap.xml")) {
            assertThat(s3.headObject(r -> r.bucket(bucket()).key(extra)).contentLength()).as(extra).isPositive();
        }
        assertThat(paper.article(ids.get(0)).get("version").asInt()).as("layout and publishing leave the editorial version alone").isEqualTo(1);
    }

    @Test
    void republishingUnchanged_uploadsNothing_andInvalidatesNothing() {
        paper.standardEdition(DATE);
        paper.publish(DATE);
        int invalidations = invalidationCount();

        JsonNode again = paper.publish(DATE);

        assertThat(again.get("status").asText()).isEqualTo("succeeded");
        assertThat(again.get("uploaded").asInt()).isZero();
        assertThat(again.get("invalidated").asInt()).isZero();
        assertThat(again.get("unchanged").asInt()).isEqualTo(again.get("rendered").asInt());
        assertThat(invalidationCount()).isEqualTo(invalidations);
    }

    @Test
    void anEdition_saysWhenItFirstWentOut_andKeepsItThroughARepublicationAndACorrection() {
        List<String> ids = paper.standardEdition(DATE);
        APIGatewayV2HTTPResponse laidOut = paper.call("GET", "/api/editions/" + DATE, null);
        assertThat(Paper.json(laidOut).has("publishedAt")).as("never published").isFalse();
        assertThat(Paper.json(laidOut).get("onSite").asBoolean()).isFalse();

        paper.publish(DATE);
        APIGatewayV2HTTPResponse published = paper.call("GET", "/api/editions/" + DATE, null);
        String wentOut = Paper.json(published).path("publishedAt").asText(null);
        paper.retitle(ids.get(0), "更正后的标题");
        paper.publish(DATE);
        JsonNode listed = Paper.json(paper.call("GET", "/api/editions?from=" + DATE + "&to=" + DATE, null));

        assertThat(wentOut).as(published.getBody()).isNotNull();
        assertThat(java.time.Instant.parse(wentOut)).isBeforeOrEqualTo(java.time.Instant.now());
        assertThat(published.getHeaders().get("etag")).as("publishing is not a change of the layout").isEqualTo(laidOut.getHeaders().get("etag"));
        assertThat(Paper.json(paper.call("GET", "/api/editions/" + DATE, null)).get("publishedAt").asText()).isEqualTo(wentOut);
        assertThat(listed.at("/items/0/publishedAt").asText()).isEqualTo(wentOut);
        assertThat(listed.at("/items/0/onSite").asBoolean()).isTrue();
        assertThat(Paper.json(paper.call("GET", "/api/editions/" + DATE + "/on-site", null)).get("publishedAt").asText()).isEqualTo(wentOut);
    }

    @Test
    void correctingOneHeadline_rewritesExactlyTheObjectsThatShowIt_andInvalidatesOnlyThose() {
        List<String> ids = paper.standardEdition(DATE);
        paper.publish(DATE);
        Map<String, String> before = bucketHashes();
        int invalidations = invalidationCount();
        String corrected = ids.get(3);   // page 2, between ids[2] and ids[4]

        paper.retitle(corrected, "社区食堂新菜单（更正）");
        JsonNode job = paper.publish(DATE);

        Map<String, String> after = bucketHashes();
        Set<String> changed = after.keySet().stream().filter(k -> !after.get(k).equals(before.get(k))).collect(Collectors.toSet());
        String base = "editions/" + DATE + "/";
        // The edition's search segment is content-addressed: a new folder, never invalidated.
        Set<String> segment = changed.stream().filter(k -> k.startsWith(base + "search/")).collect(Collectors.toSet());
        Set<String> pages = changed.stream().filter(k -> !segment.contains(k)).collect(Collectors.toSet());
        assertThat(segment).isNotEmpty().allMatch(k -> k.matches(base + "search/[0-9a-f]{12}/.+"));
        assertThat(pages).containsExactlyInAnyOrder(
                articleKey(corrected), articleKey(ids.get(2)), articleKey(ids.get(4)),
                base + "pages/2/index.html", base + "index.html", base + "sitemap.xml", "feed.xml", SearchDirectory.KEY,
                "sitemap.xml");   // the index carries the edition's sitemap's new lastmod
        assertThat(job.get("uploaded").asInt()).isEqualTo(changed.size());
        assertThat(job.get("invalidated").asInt()).isEqualTo(pages.size());
        assertThat(invalidationCount()).isEqualTo(invalidations + 1);
        var latest = cloudFront.listInvalidations(r -> r.distributionId(newsroom.config().distributionId())).invalidationList().items();
        String latestId = latest.stream().map(i -> i.id()).reduce((a, b) -> b).orElseThrow();
        List<String> paths = cloudFront.getInvalidation(r -> r.distributionId(newsroom.config().distributionId()).id(latestId))
                .invalidation().invalidationBatch().paths().items();
        assertThat(paths).containsExactlyInAnyOrderElementsOf(pages.stream().map(k -> "/" + k).toList());
        String page = new String(s3.getObjectAsBytes(r -> r.bucket(bucket()).key(articleKey(corrected))).asByteArray(),
                StandardCharsets.UTF_8);
        assertThat(page).contains("社区食堂新菜单（更正）", "class=\"correction updated\"", "更新：本文于");
        var record = new news.broadsheet.store.DynamoPublishedStore(newsroom.emulator().dynamo(), newsroom.config().table());
        assertThat(record.snapshot(record.find(DATE).orElseThrow()).article(corrected).orElseThrow().correctedAt()).isNotNull();
    }

    @Test
    void withdrawingAnArticle_removesItsPageAndEveryLinkToIt() {
        List<String> ids = paper.standardEdition(DATE);
        paper.publish(DATE);
        String withdrawn = ids.get(1);
        String url = "/editions/" + DATE + "/articles/" + withdrawn.substring(0, 8) + "/";

        List<String> oldSegment = keys("editions/" + DATE + "/search/");
        assertThat(read(dayResults(oldSegment))).contains(url);

        paper.withdraw(withdrawn);
        JsonNode job = paper.publish(DATE);

        assertThat(job.get("deleted").asInt()).isEqualTo(1 + oldSegment.size());
        List<String> newSegment = keys("editions/" + DATE + "/search/");
        assertThat(newSegment).doesNotContainAnyElementsOf(oldSegment);
        assertThat(read(dayResults(newSegment))).doesNotContain(url);
        assertThat(read(SearchDirectory.KEY)).contains(newSegment.get(0).substring(0, newSegment.get(0).lastIndexOf('/') + 1))
                .doesNotContain(oldSegment.get(0).substring(0, oldSegment.get(0).lastIndexOf('/') + 1));
        Crawl crawl = Crawl.from(s3, bucket(), "index.html");
        assertThat(crawl.broken).isEmpty();
        assertThat(crawl.pages.values()).noneMatch(html -> html.contains(url));
        assertThat(s3.listObjectsV2(r -> r.bucket(bucket()).prefix("editions/" + DATE + "/articles/" + withdrawn.substring(0, 8))).contents())
                .isEmpty();
    }

    private List<String> keys(String prefix) {
        return s3.listObjectsV2Paginator(r -> r.bucket(bucket()).prefix(prefix)).contents().stream().map(S3Object::key).toList();
    }

    private String read(String key) {
        return new String(s3.getObjectAsBytes(r -> r.bucket(bucket()).key(key)).asByteArray(), StandardCharsets.UTF_8);
    }

    private static String dayResults(List<String> segment) {
        return segment.stream().filter(k -> k.endsWith("/d-" + DATE + ".json")).findFirst().orElseThrow();
    }

    @Test
    void hostileText_isRenderedAsText() {
        String attack = "<script>alert(1)</script>\\\"><img src=x onerror=alert(1)>";
        String id = paper.article("要闻" + attack, "正文" + attack, "ready");
        paper.edition(DATE, 1, List.of(List.of(id)));
        assertThat(paper.publish(DATE).get("status").asText()).isEqualTo("succeeded");

        Crawl crawl = Crawl.from(s3, bucket(), "index.html");
        assertThat(crawl.pages).isNotEmpty();
        assertThat(crawl.pages.values()).allSatisfy(html -> assertThat(html).doesNotContain("<script>alert").doesNotContain("<img src=x"));
        assertThat(crawl.pages.get(articleKey(id))).contains("要闻&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void onlyReadyAndPublishedArticlesGoOut() {
        String ready = paper.article("已签发", "正文。", "ready");
        String draft = paper.article("草稿", "正文。", "draft");
        paper.edition(DATE, 1, List.of(List.of(ready, draft)));
        paper.publish(DATE);

        Crawl crawl = Crawl.from(s3, bucket(), "index.html");
        assertThat(crawl.pages.values()).noneMatch(html -> html.contains("草稿"));
        assertThat(paper.article(draft).get("status").asText()).isEqualTo("draft");
    }

    @Test
    void aSecondPublicationOfTheSameEdition_whileOneRuns_is409() {
        paper.standardEdition(DATE);
        var publications = new news.broadsheet.store.DynamoPublicationStore(newsroom.emulator().dynamo(), newsroom.config().table());
        Instant now = Instant.now();
        publications.start(Publication.queued("running-job", DATE, "e", now.toString()), now.plus(Duration.ofMinutes(5)), now);

        var reply = paper.call("POST", "/api/editions/" + DATE + "/publish", null);
        assertThat(reply.getStatusCode()).isEqualTo(409);
        assertThat(reply.getBody()).contains("running-job");

        publications.finish(Publication.queued("running-job", DATE, "e", now.toString()).failed(JobError.interrupted("stopped"), now.toString()));
        assertThat(paper.publish(DATE).get("status").asText()).isEqualTo("succeeded");
    }

    @Test
    void publishingRequiresTheEditorRole_andAnExistingEdition() {
        paper.standardEdition(DATE);

        var asReporter = paper.callAs(REPORTER, "POST", "/api/editions/" + DATE + "/publish", null);
        assertThat(asReporter.getStatusCode()).isEqualTo(403);
        assertThat(asReporter.getHeaders()).containsEntry("content-type", "application/problem+json; charset=utf-8");
        assertThat(paper.callAs("nobody", "POST", "/api/editions/" + DATE + "/publish", null).getStatusCode()).isEqualTo(401);
        assertThat(paper.call("POST", "/api/editions/2001-01-01/publish", null).getStatusCode()).as("a publishable date with no edition").isEqualTo(404);
        assertThat(s3.listObjectsV2(r -> r.bucket(bucket())).keyCount()).as("nothing published by the refused calls").isZero();
    }
}
