package news.broadsheet.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import news.broadsheet.api.ApiHandler;
import news.broadsheet.emulator.Emulator;
import news.broadsheet.emulator.EmulatorExtension;
import news.broadsheet.emulator.Newsroom;
import news.broadsheet.json.Json;
import news.broadsheet.store.DynamoPublicationStore;
import news.broadsheet.wiring.ApiComponent;
import news.broadsheet.wiring.Config;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Failures 6-8 of the old design against the emulator: dead publishers, silent skips, raw SDK errors. */
@ExtendWith(EmulatorExtension.class)
class PublishingHonestyIT {
    static final String DATE = "2026-01-05";
    Newsroom newsroom;
    Paper paper;

    @BeforeEach
    void start(Emulator emulator) {
        newsroom = Newsroom.create(emulator, Map.of(Config.EDITOR_TOKEN, Paper.TOKEN));
        paper = new Paper(new ApiHandler(news.broadsheet.local.LocalApiComponent.create(newsroom.config())));
    }

    /** Failure 6: a SIGKILLed publisher left its job running and the edition locked (409) for 16 minutes. */
    @Test
    void aDeadPublishersJob_isMarkedInterrupted_andANewPublishTakesOverOnceItsShortLeaseRunsOut() throws Exception {
        paper.edition(DATE, 1, List.of(List.of(paper.article("新桥合龙", "新桥今日合龙。", "ready"))));
        var publications = new DynamoPublicationStore(newsroom.emulator().dynamo(), newsroom.config().table());
        Instant now = Instant.now();
        Publication dead = Publication.queued("dead-job", DATE, "editor", now.toString()).running(now.toString());
        // A publisher that then never renews: killed. Its lease is long enough for the first publish
        // below to meet it even on a loaded machine (a one-second lease had run out before it, giving 202).
        Instant leaseEnds = now.plusSeconds(8);
        publications.start(dead, leaseEnds, now);
        assertThat(paper.call("POST", "/api/editions/" + DATE + "/publish", null).getStatusCode()).isEqualTo(409);
        assertThat(PublishRequests.LEASE).isLessThanOrEqualTo(Duration.ofMinutes(1));

        // The lock keeps its lease in whole epoch seconds and holds through the last one: wait past it.
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), leaseEnds).toMillis()) + 1_100);
        JsonNode job = paper.publish(DATE);

        assertThat(job.get("status").asText()).isEqualTo("succeeded");
        Publication interrupted = publications.find("dead-job").orElseThrow();
        assertThat(interrupted.status()).isEqualTo(Publication.FAILED);
        assertThat(interrupted.error().type()).isEqualTo(JobError.INTERRUPTED);
        assertThat(interrupted.error().detail()).contains(job.get("id").asText());
    }

    @Test
    void aRunningPublisher_renewsItsLease_soNoOtherPublicationTakesOver() throws Exception {
        var publications = new DynamoPublicationStore(newsroom.emulator().dynamo(), newsroom.config().table());
        Instant now = Instant.now();
        Publication alive = Publication.queued("alive-job", DATE, "editor", now.toString());
        publications.start(alive, now.plusSeconds(1), now);

        assertThat(publications.renew(alive, now.plusSeconds(60))).isTrue();
        assertThat(publications.renew(Publication.queued("other", DATE, "editor", now.toString()), now.plusSeconds(60))).isFalse();
        paper.edition(DATE, 1, List.of(List.of(paper.article("新桥合龙", "新桥今日合龙。", "ready"))));
        Thread.sleep(2_100);   // past the first lease: only the renewal keeps the edition
        assertThat(paper.call("POST", "/api/editions/" + DATE + "/publish", null).getStatusCode()).isEqualTo(409);
    }

    /** Failure 7: an edition of drafts "succeeded" with an empty front page and no word of what it skipped. */
    @Test
    void anEditionOfDrafts_isRefusedWith422AndThePreflightReport_unlessForced_andTheJobListsWhatItSkipped() {
        String d1 = paper.article("草稿一", "尚未签发。", "draft");
        String d2 = paper.article("草稿二", "尚未签发。", "draft");
        paper.edition(DATE, 1, List.of(List.of(d1, d2)));

        var preflight = paper.call("GET", "/api/editions/" + DATE + "/preflight", null);
        assertThat(preflight.getStatusCode()).isEqualTo(200);
        JsonNode report = Paper.json(preflight);
        assertThat(report.get("articles").asInt()).isZero();
        assertThat(report.get("skipped").findValuesAsText("reason")).containsExactly("draft", "draft");
        assertThat(report.get("emptyPages").get(0).asInt()).isEqualTo(1);

        var refused = paper.call("POST", "/api/editions/" + DATE + "/publish", null);
        assertThat(refused.getStatusCode()).isEqualTo(422);
        assertThat(refused.getHeaders().get("content-type")).startsWith("application/problem+json");
        assertThat(Paper.json(refused).get("report").get("skipped").findValuesAsText("article")).containsExactly(d1, d2);

        var forced = paper.call("POST", "/api/editions/" + DATE + "/publish?force=true", null);
        assertThat(forced.getStatusCode()).isEqualTo(202);
        JsonNode job = paper.await(forced.getHeaders().get("location"));
        assertThat(job.get("status").asText()).isEqualTo("succeeded");
        assertThat(job.get("report").get("skipped").findValuesAsText("reason")).containsExactly("draft", "draft");
    }

    /**
     * Failure 7: a photo story whose image had no file went out with a caption and no picture. The
     * preflight (the API asks the site bucket's media/ prefix) reports it before publication, the
     * publish is refused with 422 unless forced, and a forced publication leaves it out and says so.
     */
    @Test
    void anImageWithNoFile_isReportedByThePreflight_refusedUnlessForced_andLeftOutWithItsCaption() {
        String id = photoStory("/media/missing.jpg");
        paper.edition(DATE, 1, List.of(List.of(id)));

        JsonNode report = Paper.json(paper.call("GET", "/api/editions/" + DATE + "/preflight", null));
        assertThat(report.get("skipped").findValuesAsText("reason")).containsExactly("image-without-file");
        assertThat(report.get("skipped").get(0).get("detail").asText()).contains("/media/missing.jpg");
        var refused = paper.call("POST", "/api/editions/" + DATE + "/publish", null);
        assertThat(refused.getStatusCode()).isEqualTo(422);
        assertThat(Paper.json(refused).get("report").get("skipped").findValuesAsText("reason")).containsExactly("image-without-file");

        var forced = paper.call("POST", "/api/editions/" + DATE + "/publish?force=true", null);
        assertThat(forced.getStatusCode()).isEqualTo(202);
        JsonNode job = paper.await(forced.getHeaders().get("location"));
        assertThat(job.get("status").asText()).isEqualTo("succeeded");
        assertThat(job.get("report").get("skipped").findValuesAsText("reason")).containsExactly("image-without-file");
        String page = PublishedStateIT.read(Newsroom.s3(newsroom.emulator()), newsroom.config().siteBucket(),
                "editions/" + DATE + "/articles/" + id.substring(0, 8) + "/index.html");
        assertThat(page).contains("换热站全面运行").doesNotContain("图为换热站").doesNotContain("missing.jpg");
    }

    /**
     * An image block naming a media id that has no record (the media store answers for it in DynamoDB)
     * follows the rule of a {@code src} without a file: the preflight names it, the publish is 422 unless
     * forced, and a forced publication leaves the image and its caption out.
     */
    @Test
    void anImageNamingAPhotoThatDoesNotExist_isNamedByThePreflight_andRefusedUnlessForced_likeASrcWithoutAFile() {
        String photo = "00000000-0000-4000-8000-0000000000aa";
        String id = photoStory(null, photo);
        paper.edition(DATE, 1, List.of(List.of(id)));

        JsonNode report = Paper.json(paper.call("GET", "/api/editions/" + DATE + "/preflight", null));
        assertThat(report.get("skipped").findValuesAsText("reason")).containsExactly("image-without-file");
        assertThat(report.get("skipped").get(0).get("detail").asText()).contains(photo);
        var refused = paper.call("POST", "/api/editions/" + DATE + "/publish", null);
        assertThat(refused.getStatusCode()).isEqualTo(422);

        JsonNode job = paper.await(paper.call("POST", "/api/editions/" + DATE + "/publish?force=true", null)
                .getHeaders().get("location"));
        assertThat(job.get("status").asText()).isEqualTo("succeeded");
        assertThat(job.get("report").get("skipped").findValuesAsText("reason")).containsExactly("image-without-file");
        String page = PublishedStateIT.read(Newsroom.s3(newsroom.emulator()), newsroom.config().siteBucket(),
                "editions/" + DATE + "/articles/" + id.substring(0, 8) + "/index.html");
        assertThat(page).contains("换热站全面运行").doesNotContain("图为换热站");
    }

    /** The other half of the preflight's image check: a file that is in the bucket passes, and the photo goes out. */
    @Test
    void anImageWhoseFileIsInTheSiteBucket_passesThePreflight_andIsPublishedWithoutForce() {
        Newsroom.s3(newsroom.emulator()).putObject(r -> r.bucket(newsroom.config().siteBucket()).key("media/present.jpg")
                .contentType("image/jpeg"), software.amazon.awssdk.core.sync.RequestBody.fromBytes(new byte[] {(byte) 0xFF, (byte) 0xD8}));
        String id = photoStory("/media/present.jpg");
        paper.edition(DATE, 1, List.of(List.of(id)));

        JsonNode report = Paper.json(paper.call("GET", "/api/editions/" + DATE + "/preflight", null));
        assertThat(report.get("skipped")).isEmpty();
        JsonNode job = paper.publish(DATE);

        assertThat(job.get("status").asText()).isEqualTo("succeeded");
        String page = PublishedStateIT.read(Newsroom.s3(newsroom.emulator()), newsroom.config().siteBucket(),
                "editions/" + DATE + "/articles/" + id.substring(0, 8) + "/index.html");
        assertThat(page).contains("/media/present.jpg").contains("图为换热站");
    }

    /**
     * Failure 8: a failed publication's {@code error} carried the SDK's text (service, status code,
     * request id) to API callers. Here S3 really fails (the site bucket is gone) and the caller gets
     * a short problem in the product's words; the SDK's details stay in the log.
     */
    @Test
    void aPublicationFailingInS3_answersAShortProblem_withoutTheSdksServiceStatusOrRequestId() {
        paper.edition(DATE, 1, List.of(List.of(paper.article("新桥合龙", "新桥今日合龙。", "ready"))));
        var s3 = Newsroom.s3(newsroom.emulator());
        s3.deleteBucket(r -> r.bucket(newsroom.config().siteBucket()));

        JsonNode job = paper.publish(DATE);

        assertThat(job.get("status").asText()).isEqualTo("failed");
        JsonNode error = job.get("error");
        assertThat(error.get("type").asText()).isNotBlank();
        assertThat(error.get("title").asText()).isNotBlank();
        assertThat(error.get("detail").asText()).isNotBlank();
        assertThat(job.toString()).doesNotContainIgnoringCase("NoSuchBucket").doesNotContainIgnoringCase("Service: S3")
                .doesNotContainIgnoringCase("Status Code").doesNotContainIgnoringCase("Request ID")
                .doesNotContainIgnoringCase("amazonaws").doesNotContain("Exception");
    }

    private String photoStory(String src) {
        return photoStory(src, null);
    }

    private String photoStory(String src, String media) {
        ObjectNode a = Json.mapper().createObjectNode();
        a.put("headline", "图片新闻").put("status", "ready");
        var body = a.putArray("body");
        body.addObject().put("type", "paragraph").put("text", "换热站全面运行。");
        ObjectNode image = body.addObject().put("type", "image").put("caption", "图为换热站。");
        if (src != null) {
            image.put("src", src);
        }
        if (media != null) {
            image.put("media", media);
        }
        return Paper.json(paper.call("POST", "/api/articles", Json.write(a))).get("id").asText();
    }
}
