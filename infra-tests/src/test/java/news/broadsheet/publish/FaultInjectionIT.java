package news.broadsheet.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import news.broadsheet.article.ArticleInput;
import news.broadsheet.article.ArticleInputBuilder;
import news.broadsheet.article.ArticleService;
import news.broadsheet.article.Block;
import news.broadsheet.article.Byline;
import news.broadsheet.article.Status;
import news.broadsheet.auth.Principal;
import news.broadsheet.auth.Role;
import news.broadsheet.edition.EditionInput;
import news.broadsheet.edition.EditionPage;
import news.broadsheet.edition.EditionService;
import news.broadsheet.emulator.Emulator;
import news.broadsheet.emulator.EmulatorExtension;
import news.broadsheet.emulator.Newsroom;
import news.broadsheet.render.SiteRenderer;
import news.broadsheet.store.DynamoArticleStore;
import news.broadsheet.store.DynamoEditionStore;
import news.broadsheet.store.DynamoPublishedStore;
import news.broadsheet.store.DynamoPublicationStore;
import news.broadsheet.store.S3SiteBucket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Uploads that fail part-way leave the previous site whole, and a retry converges to the same bytes
 * as a publication that never failed. The real S3 adapter (on the emulator) is wrapped so that it
 * fails after a number of uploads.
 */
@ExtendWith(EmulatorExtension.class)
class FaultInjectionIT {
    static final Principal EDITOR = new Principal("editor", EnumSet.of(Role.EDITOR));
    /**
     * Every desk's publisher reads one fixed time: pages carry their first publication's time (JSON-LD,
     * the feed), so a retried paper and a clean one match byte for byte only if both published "at once".
     */
    static final Clock PUBLISHING_CLOCK = Clock.fixed(Instant.now(), java.time.ZoneOffset.UTC);

    /** A newsroom driven through its services, with ids fixed so that two newsrooms hold the same paper. */
    static final class Desk {
        final Newsroom newsroom;
        final S3Client s3;
        final DynamoArticleStore articles;
        final DynamoEditionStore editions;
        final DynamoPublicationStore publications;
        final DynamoPublishedStore published;
        final SiteRenderer renderer = SiteRenderer.create("城市日报", Newsroom.SITE_URL, ZoneId.of("Asia/Shanghai"));

        Desk(Emulator emulator) {
            newsroom = Newsroom.create(emulator, Map.of());
            s3 = Newsroom.s3(emulator);
            var dynamo = emulator.dynamo();
            articles = new DynamoArticleStore(dynamo, newsroom.config().table());
            editions = new DynamoEditionStore(dynamo, newsroom.config().table(), articles);
            publications = new DynamoPublicationStore(dynamo, newsroom.config().table());
            published = new DynamoPublishedStore(dynamo, newsroom.config().table());
        }

        void edition(String date, String... ids) {
            Iterator<String> next = List.of(ids).iterator();
            ArticleService service = new ArticleService(articles, Clock.systemUTC(), next::next);
            for (String id : ids) {
                service.create(ArticleInputBuilder.builder().headline("新闻" + id).byline(List.of(new Byline("记者", "周明")))
                        .dateline("本报讯").body(List.of(Block.paragraph(id + "号稿件的正文。")))
                        .status(Status.READY).build(), EDITOR);
            }
            List<String> all = List.of(ids);
            new EditionService(editions, articles, Clock.systemUTC()).put(date, new EditionInput(100, List.of(
                    new EditionPage(1, "要闻", all.subList(0, 2)), new EditionPage(2, "城事", all.subList(2, all.size()))), null), null, EDITOR);
        }

        Publication publish(String date, news.broadsheet.publish.SiteBucket bucket) {
            return publish(date, bucket, published);
        }

        Publication publish(String date, news.broadsheet.publish.SiteBucket bucket, PublishedStore record) {
            Instant now = Instant.now();
            Publication job = Publication.queued("job-" + System.nanoTime(), date, "editor", now.toString());
            publications.start(job, now.plus(Duration.ofMinutes(5)), now);
            return new Publisher(articles, editions, publications, record, renderer, bucket, Cdn.NONE,
                    HeaderRules.defaults(), PUBLISHING_CLOCK).run(job.id());
        }

        void retitle(String id, String headline) {
            var a = articles.find(id).orElseThrow();
            new ArticleService(articles, Clock.systemUTC()).update(id, a.version(), ArticleInputBuilder.builder().headline(headline).kicker(a.kicker()).subheadline(a.subheadline())
                    .column(a.column()).byline(a.byline()).dateline(a.dateline()).body(a.body())
                    .tags(a.tags()).slug(a.slug()).status(a.status()).build(), EDITOR);
        }

        S3SiteBucket bucket() {
            return new S3SiteBucket(s3, newsroom.config().siteBucket());
        }

        String read(String key) {
            return new String(s3.getObjectAsBytes(r -> r.bucket(newsroom.config().siteBucket()).key(key)).asByteArray(),
                    StandardCharsets.UTF_8);
        }

        Map<String, String> contents() {
            return s3.listObjectsV2Paginator(r -> r.bucket(newsroom.config().siteBucket())).contents().stream()
                    .collect(Collectors.toMap(S3Object::key, o -> read(o.key())));
        }
    }

    /** The real bucket, failing every upload after the first {@code allowed}. */
    static SiteBucket failingAfter(SiteBucket real, int allowed) {
        AtomicInteger puts = new AtomicInteger();
        return new SiteBucket() {
            @Override
            public void put(SiteObject object) {
                if (puts.incrementAndGet() > allowed) {
                    throw new IllegalStateException("injected failure uploading " + object.key());
                }
                real.put(object);
            }

            @Override
            public void delete(String key) {
                real.delete(key);
            }

            @Override
            public List<String> keys(String prefix) {
                return real.keys(prefix);
            }

            @Override
            public boolean exists(String key) {
                return real.exists(key);
            }

            @Override
            public java.util.Optional<byte[]> read(String key) {
                return real.read(key);
            }
        };
    }

    @Test
    void uploadsFailingMidway_leaveTheOldSiteWhole_andTheRetryConvergesToACleanPublish(Emulator emulator) {
        Desk failing = new Desk(emulator);
        failing.edition("2026-01-05", "a1", "a2", "a3");
        assertThat(failing.publish("2026-01-05", failing.bucket()).status()).isEqualTo(Publication.SUCCEEDED);
        String frontBefore = failing.read("index.html");
        failing.edition("2026-01-06", "b1", "b2", "b3", "b4");

        Publication broken = failing.publish("2026-01-06", failingAfter(failing.bucket(), 4));

        assertThat(broken.status()).isEqualTo(Publication.FAILED);
        assertThat(broken.error().type()).isEqualTo(JobError.STORAGE);
        assertThat(broken.error().detail()).doesNotContain("injected").contains("last complete publication");
        assertThat(failing.read("index.html")).isEqualTo(frontBefore).contains("/editions/2026-01-05/").doesNotContain("2026-01-06");
        Crawl crawl = Crawl.from(failing.s3, failing.newsroom.config().siteBucket(), "index.html");
        assertThat(crawl.broken).isEmpty();
        assertThat(crawl.visited).contains("editions/2026-01-05/articles/a1/index.html", "editions/2026-01-05/articles/a3/index.html");

        assertThat(failing.publish("2026-01-06", failing.bucket()).status()).isEqualTo(Publication.SUCCEEDED);

        Desk clean = new Desk(emulator);
        clean.edition("2026-01-05", "a1", "a2", "a3");
        clean.publish("2026-01-05", clean.bucket());
        clean.edition("2026-01-06", "b1", "b2", "b3", "b4");
        clean.publish("2026-01-06", clean.bucket());
        assertThat(failing.contents()).isEqualTo(clean.contents());
        assertThat(Crawl.from(failing.s3, failing.newsroom.config().siteBucket(), "index.html").broken).isEmpty();
    }
}
