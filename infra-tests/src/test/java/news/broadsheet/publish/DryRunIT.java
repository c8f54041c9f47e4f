package news.broadsheet.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import news.broadsheet.api.ApiHandler;
import news.broadsheet.emulator.Emulator;
import news.broadsheet.emulator.EmulatorExtension;
import news.broadsheet.emulator.Newsroom;
import news.broadsheet.local.LocalApiComponent;
import news.broadsheet.wiring.Config;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.cloudfront.CloudFrontClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * {@code POST …/publish?dryRun=true} against the emulator: the plan is kept on the job, and the site's
 * bytes, the table (published record, edition lock, everything but the job itself) and CloudFront's
 * invalidations are exactly as before.
 */
@ExtendWith(EmulatorExtension.class)
class DryRunIT {
    static final String DATE = "2026-01-05";

    Newsroom newsroom;
    Paper paper;
    S3Client s3;
    CloudFrontClient cloudFront;
    Emulator emulator;

    @BeforeEach
    void start(Emulator emulator) {
        this.emulator = emulator;
        newsroom = Newsroom.create(emulator, Map.of(Config.EDITOR_TOKEN, Paper.TOKEN), true);
        paper = new Paper(new ApiHandler(LocalApiComponent.create(newsroom.config())));
        s3 = Newsroom.s3(emulator);
        cloudFront = Newsroom.cloudFront(emulator);
    }

    Map<String, String> bucket() {
        String bucket = newsroom.config().siteBucket();
        return s3.listObjectsV2Paginator(r -> r.bucket(bucket)).contents().stream().collect(Collectors.toMap(S3Object::key,
                o -> news.broadsheet.render.SiteRenderer.sha256(s3.getObjectAsBytes(r -> r.bucket(bucket).key(o.key())).asByteArray())));
    }

    /** Every item of the table but the publication jobs' own, which a dry run is allowed to write. */
    List<Map<String, AttributeValue>> tableButJobs() {
        return emulator.dynamo().scanPaginator(r -> r.tableName(newsroom.config().table())).items().stream()
                .filter(i -> !i.get("pk").s().startsWith("PUBLICATION"))
                .sorted(java.util.Comparator.comparing((Map<String, AttributeValue> i) -> i.get("pk").s()).thenComparing(i -> i.get("sk").s()))
                .toList();
    }

    int invalidations() {
        return cloudFront.listInvalidations(r -> r.distributionId(newsroom.config().distributionId())).invalidationList().quantity();
    }

    @Test
    void aDryRun_keepsThePlanOnItsJob_andTouchesNothingElse() {
        List<String> ids = paper.standardEdition(DATE);
        paper.publish(DATE);
        paper.retitle(ids.get(0), "老街夜市开张（更正）");
        Map<String, String> siteBefore = bucket();
        List<Map<String, AttributeValue>> tableBefore = tableButJobs();
        int invalidationsBefore = invalidations();

        var accepted = paper.call("POST", "/api/editions/" + DATE + "/publish?dryRun=true", null);
        assertThat(accepted.getStatusCode()).as(accepted.getBody()).isEqualTo(202);
        JsonNode job = paper.await(accepted.getHeaders().get("location"));

        assertThat(job.get("status").asText()).as(job.toString()).isEqualTo("succeeded");
        assertThat(job.get("kind").asText()).isEqualTo("dry-run");
        JsonNode plan = job.get("plan");
        String retitled = "editions/" + DATE + "/articles/" + ids.get(0).substring(0, 8) + "/index.html";
        List<JsonNode> keys = StreamSupport.stream(plan.get("keys").spliterator(), false).toList();
        assertThat(keys).anySatisfy(k -> {
            assertThat(k.get("key").asText()).isEqualTo(retitled);
            assertThat(k.get("action").asText()).isEqualTo("upload");
            assertThat(k.get("why").asText()).isEqualTo("changed");
        });
        assertThat(keys).anySatisfy(k -> assertThat(k.get("why").asText()).isEqualTo("unchanged-skipped"));
        assertThat(plan.get("invalidations").toString()).contains("/" + retitled);
        assertThat(plan.get("counts").get("upload").asInt()).isEqualTo(job.get("uploaded").asInt()).isPositive();
        assertThat(plan.get("counts").get("upload").asInt() + plan.get("counts").get("skip").asInt()).isEqualTo(keys.stream()
                .filter(k -> !k.get("action").asText().equals("delete")).count());

        assertThat(bucket()).as("the site's bytes").isEqualTo(siteBefore);
        assertThat(tableButJobs()).as("the published record, the lock and everything else in the table").isEqualTo(tableBefore);
        assertThat(invalidations()).isEqualTo(invalidationsBefore);
    }

    @Test
    void aDryRun_ofABackIssue_isRefusedWith400() {
        paper.standardEdition(DATE);
        var refused = paper.call("POST", "/api/editions/" + DATE + "/publish?dryRun=true&mode=backfill", null);
        assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(400);
        assertThat(refused.getHeaders().get("content-type")).startsWith("application/problem+json");
    }
}
