package news.broadsheet.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import news.broadsheet.api.ApiHandler;
import news.broadsheet.article.Article;
import news.broadsheet.article.ArticleInput;
import news.broadsheet.article.ArticleInputBuilder;
import news.broadsheet.article.Block;
import news.broadsheet.article.Byline;
import news.broadsheet.article.Status;
import news.broadsheet.edition.EditionPage;
import news.broadsheet.emulator.Emulator;
import news.broadsheet.emulator.EmulatorExtension;
import news.broadsheet.emulator.Newsroom;
import news.broadsheet.json.Json;
import news.broadsheet.store.ItemSize;
import news.broadsheet.wiring.ApiComponent;
import news.broadsheet.wiring.Config;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The published record against the emulator: failures 1-3 of the old design, each as a rule that now holds. */
@ExtendWith(EmulatorExtension.class)
class PublishedStateIT {

    /** Failure 1: publishing D1 showed D2's unpublished headline on / and in the feed, and linked to pages never uploaded. */
    @Test
    void publishingAnOlderEdition_neverLeaksAnotherEditionsUnpublishedEdits(Emulator emulator) {
        Newsroom newsroom = Newsroom.create(emulator, Map.of(Config.EDITOR_TOKEN, Paper.TOKEN));
        Paper paper = new Paper(new ApiHandler(news.broadsheet.local.LocalApiComponent.create(newsroom.config())));
        String a1 = paper.article("旧城改造启动", "旧城改造今日启动。", "ready");
        String b1 = paper.article("新桥合龙", "新桥今日合龙。", "ready");
        paper.edition("2026-01-05", 1, List.of(List.of(a1)));
        paper.edition("2026-01-06", 2, List.of(List.of(b1)));
        assertThat(paper.publish("2026-01-05").get("status").asText()).isEqualTo("succeeded");
        assertThat(paper.publish("2026-01-06").get("status").asText()).isEqualTo("succeeded");
        var s3 = Newsroom.s3(emulator);
        String bucket = newsroom.config().siteBucket();
        String articleKey = "editions/2026-01-06/articles/" + b1.substring(0, 8) + "/index.html";
        String articleBefore = read(s3, bucket, articleKey);

        var current = paper.call("GET", "/api/articles/" + b1, null);
        ObjectNode renamed = (ObjectNode) Paper.json(current);
        renamed.put("headline", "新桥今日合龙通车").put("slug", "bridge");
        assertThat(paper.callIfMatch("PUT", "/api/articles/" + b1, Json.write(renamed), current.getHeaders().get("etag"))
                .getStatusCode()).isEqualTo(200);
        String b2 = paper.article("未发稿件", "尚未签发。", "ready");
        paper.edition("2026-01-06", 2, List.of(List.of(b1), List.of(b2)));
        assertThat(paper.publish("2026-01-05").get("status").asText()).isEqualTo("succeeded");

        Crawl crawl = Crawl.from(s3, bucket, "index.html");
        assertThat(crawl.broken).isEmpty();
        assertThat(read(s3, bucket, "index.html")).contains("新桥合龙").doesNotContain("新桥今日合龙通车").doesNotContain("未发稿件");
        assertThat(read(s3, bucket, "feed.xml")).contains("新桥合龙").doesNotContain("新桥今日合龙通车").doesNotContain("bridge");
        assertThat(read(s3, bucket, articleKey)).isEqualTo(articleBefore);
        assertThat(crawl.pages.values()).noneMatch(p -> p.contains("未发稿件") || p.contains("bridge-"));
    }

    /** Failure 2: the record of a 32 × 60 edition was one item past 400 KB; the job failed after / showed the edition. */
    @Test
    void anEditionOf32PagesOf60Articles_publishes_andNoRecordItemComesNear400KB(Emulator emulator) {
        FaultInjectionIT.Desk desk = new FaultInjectionIT.Desk(emulator);
        List<EditionPage> pages = new ArrayList<>();
        String now = Instant.now().toString();
        // Seeded in bulk (BatchWriteItem), already placed: 1,920 transactions would take moto minutes.
        List<software.amazon.awssdk.services.dynamodb.model.WriteRequest> seed = new ArrayList<>();
        for (int p = 0; p < 32; p++) {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                String headline = "第" + (p + 1) + "版第" + (i + 1) + "篇：城区道路改造工程进展顺利，市民出行更加便利";
                Article a = Article.create(String.format("p%02d-a%02d-0000-0000-000000000000", p, i), ArticleInputBuilder.builder().headline(headline).kicker("引题" + i).subheadline("副题" + i)
                        .byline(List.of(new Byline("记者", "周明"))).dateline("本报讯")
                        .body(List.of(Block.paragraph(headline + "。" + "记者走访了现场，居民反响热烈。".repeat(8))))
                        .edition("2026-01-05").page(p + 1).status(Status.READY).build(), Status.READY, now, "editor");
                ids.add(a.id());
                seed.add(software.amazon.awssdk.services.dynamodb.model.WriteRequest.builder()
                        .putRequest(r -> r.item(news.broadsheet.store.DynamoArticleStore.currentItem(a))).build());
            }
            pages.add(new EditionPage(p + 1, "第" + (p + 1) + "版", ids));
        }
        var dynamo = emulator.dynamo();
        for (int i = 0; i < seed.size(); i += 25) {
            List<software.amazon.awssdk.services.dynamodb.model.WriteRequest> batch = seed.subList(i, Math.min(seed.size(), i + 25));
            dynamo.batchWriteItem(r -> r.requestItems(Map.of(desk.newsroom.config().table(), batch)));
        }
        desk.editions.save(new news.broadsheet.edition.Edition("2026-01-05", 1, pages, 1, now, now, null, null), 0, List.of());

        Publication job = desk.publish("2026-01-05", desk.bucket());

        assertThat(job.status()).as(String.valueOf(job.error())).isEqualTo(Publication.SUCCEEDED);
        assertThat(desk.published.snapshot(desk.published.find("2026-01-05").orElseThrow()).articles()).hasSize(1920);
        int largest = 0;
        for (Map<String, AttributeValue> item : emulator.dynamo().scanPaginator(r -> r.tableName(desk.newsroom.config().table())).items()) {
            String type = item.get("type").s();
            if (type.startsWith("snapshot") || type.startsWith("published")) {
                largest = Math.max(largest, ItemSize.of(item));
            }
        }
        assertThat(largest).isPositive().isLessThan(ItemSize.MAX_ITEM_BYTES / 3);
        assertThat(Crawl.from(desk.s3, desk.newsroom.config().siteBucket(), "index.html").broken).isEmpty();
    }

    /** Failure 3: the edition's record was saved before the site's; a failure between left the record claiming pages the bucket lacked. */
    @Test
    void aPublicationFailingAtItsCommit_leavesNoDrift_andTheNextPublicationOfAnotherEditionRepairsTheSite(Emulator emulator) {
        FaultInjectionIT.Desk desk = new FaultInjectionIT.Desk(emulator);
        desk.edition("2026-01-05", "a1", "a2", "a3");
        desk.edition("2026-01-06", "b1", "b2", "b3");
        assertThat(desk.publish("2026-01-05", desk.bucket()).status()).isEqualTo(Publication.SUCCEEDED);
        PublishedStore failingCommit = new FailingCommit(desk.published);

        Publication failed = desk.publish("2026-01-06", desk.bucket(), failingCommit);

        assertThat(failed.status()).isEqualTo(Publication.FAILED);
        assertThat(desk.read("index.html")).contains("2026-01-06");   // uploaded, never committed
        Publication repair = desk.publish("2026-01-05", desk.bucket());
        assertThat(repair.status()).isEqualTo(Publication.SUCCEEDED);
        // The failed first publication is taken down before the repair prepares (Abandoned): that renders the site pages again.
        assertThat(desk.bucket().keys("editions/2026-01-06/")).isEmpty();
        assertThat(desk.publications.ofEdition("2026-01-06", 5)).anyMatch(j -> j.takesDown() && Publication.SUCCEEDED.equals(j.status()));
        assertThat(desk.read("index.html")).doesNotContain("2026-01-06");
        assertThat(desk.read("feed.xml")).doesNotContain("2026-01-06");
        assertThat(desk.read("editions/2026-01-05/index.html")).doesNotContain("2026-01-06");
        assertThat(Crawl.from(desk.s3, desk.newsroom.config().siteBucket(), "index.html").broken).isEmpty();
    }

    /**
     * The feed keeps the last seven editions' articles, found through the record's newest pointers
     * (one keyed query on the emulator), and states each article's first publication with the paper's offset.
     */
    @Test
    void theFeed_carriesTheLastSevenEditions_withTimestampsInThePapersOffset(Emulator emulator) {
        Newsroom newsroom = Newsroom.create(emulator, Map.of(Config.EDITOR_TOKEN, Paper.TOKEN));
        Paper paper = new Paper(new ApiHandler(news.broadsheet.local.LocalApiComponent.create(newsroom.config())));
        for (int day = 1; day <= 9; day++) {
            String date = String.format("2026-01-%02d", day);
            paper.edition(date, day, List.of(List.of(paper.article("第" + day + "期要闻", "正文。", "ready"))));
            assertThat(paper.publish(date).get("status").asText()).isEqualTo("succeeded");
        }

        String feed = read(Newsroom.s3(emulator), newsroom.config().siteBucket(), "feed.xml");

        for (int day = 3; day <= 9; day++) {
            assertThat(feed).contains("<title>第" + day + "期要闻</title>");
        }
        assertThat(feed).doesNotContain("第1期要闻").doesNotContain("第2期要闻");
        assertThat(feed).containsPattern("<published>2\\d{3}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+08:00</published>")
                .doesNotContain("T00:00:00Z");
    }

    /** The real record, whose commits (writes naming a snapshot) fail. */
    record FailingCommit(PublishedStore real) implements PublishedStore {
        @Override public java.util.Optional<PublishedEdition> find(String date) { return real.find(date); }
        @Override public Snapshot snapshot(PublishedEdition e) { return real.snapshot(e); }
        @Override public java.util.Optional<PublishedEdition> before(String date) { return real.before(date); }
        @Override public java.util.Optional<PublishedEdition> after(String date) { return real.after(date); }
        @Override public List<PublishedEdition> newest(int n) { return real.newest(n); }
        @Override public List<PublishedEdition> committed() { return real.committed(); }
        @Override public void mayShow(String date, java.util.Collection<String> ids) { real.mayShow(date, ids); }
        @Override public void noLongerShows(String date, java.util.Collection<String> ids) { real.noLongerShows(date, ids); }
        @Override public java.util.Set<String> mayShow(String articleId) { return real.mayShow(articleId); }
        @Override public SiteRecord site() { return real.site(); }
        @Override public ArchiveMonth month(String month) { return real.month(month); }
        @Override public int stage(String id, Snapshot s) { return real.stage(id, s); }
        @Override public void discard(String id) { real.discard(id); }
        @Override public void bury(java.util.Collection<String> keys, String at) { real.bury(keys, at); }
        @Override public boolean buried(String key) { return real.buried(key); }
        @Override public java.util.Set<String> buriedIn(String scope) { return real.buriedIn(scope); }
        @Override public void unbury(java.util.Collection<String> keys) { real.unbury(keys); }

        @Override
        public void write(List<PointerWrite> pointers, SiteWrite site, List<MonthWrite> months) {
            if (pointers.stream().anyMatch(p -> p.next().committed() && !p.next().dirty() && p.next().snapshotId() != null
                    && site != null && site.next().unconfirmed().isEmpty())) {
                throw new IllegalStateException("injected failure committing");
            }
            real.write(pointers, site, months);
        }
    }

    static String read(software.amazon.awssdk.services.s3.S3Client s3, String bucket, String key) {
        return new String(s3.getObjectAsBytes(r -> r.bucket(bucket).key(key)).asByteArray(), StandardCharsets.UTF_8);
    }
}
