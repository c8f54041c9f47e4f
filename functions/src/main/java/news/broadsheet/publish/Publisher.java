package news.broadsheet.publish;

import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import news.broadsheet.article.Article;
import news.broadsheet.article.ArticleStore;
import news.broadsheet.edition.Edition;
import news.broadsheet.edition.EditionStore;
import news.broadsheet.failure.DomainException;
import news.broadsheet.failure.NotFound;
import news.broadsheet.media.MediaStore;
import news.broadsheet.publish.Plan.Kind;
import news.broadsheet.render.SiteRenderer;
import news.broadsheet.search.SearchDirectory;
import news.broadsheet.search.SearchIndex;

/**
 * Runs a publication: render, plan against the manifest, upload in safe order, delete orphans,
 * invalidate what changed, and only then record the new manifest and mark the articles published.
 * A failure leaves the previous site whole (nothing it links to is removed) and a retry converges.
 */
public final class Publisher {
    private static final Logger LOG = Logger.getLogger(Publisher.class.getName());

    private final ArticleStore articles;
    private final EditionStore editions;
    private final PublicationStore publications;
    private final ManifestStore manifests;
    private final SiteAssembly assembly;
    private final SiteBucket bucket;
    private final Uploader uploader;
    private final Cdn cdn;
    private final HeaderRules headers;
    private final Clock clock;

    public Publisher(ArticleStore articles, EditionStore editions, PublicationStore publications, ManifestStore manifests,
                     SiteRenderer renderer, SiteBucket bucket, Cdn cdn, HeaderRules headers, Clock clock) {
        this(articles, editions, publications, manifests, renderer, bucket, cdn, headers, clock, null);
    }

    /** @param media the uploaded photos that image blocks name; null renders image blocks without them */
    public Publisher(ArticleStore articles, EditionStore editions, PublicationStore publications, ManifestStore manifests,
                     SiteRenderer renderer, SiteBucket bucket, Cdn cdn, HeaderRules headers, Clock clock, MediaStore media) {
        this.articles = articles;
        this.editions = editions;
        this.publications = publications;
        this.manifests = manifests;
        this.assembly = new SiteAssembly(articles, editions, renderer, media == null ? ids -> Map.of() : media::findAll);
        this.bucket = bucket;
        this.uploader = new Uploader(bucket);
        this.cdn = cdn;
        this.headers = headers;
        this.clock = clock;
    }

    public Publication run(String publicationId) {
        Publication queued = publications.find(publicationId).orElseThrow(() -> new NotFound("no publication " + publicationId));
        if (queued.finished()) {
            return queued;
        }
        Publication job = queued.running(now());
        publications.save(job);
        try {
            job = publish(job);
            job = job.succeeded(now());
        } catch (RuntimeException e) {
            LOG.log(e instanceof DomainException ? Level.WARNING : Level.SEVERE, "publication " + publicationId + " failed", e);
            job = job.failed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), now());
        }
        publications.finish(job);
        return job;
    }

    private Publication publish(Publication job) {
        Edition edition = editions.find(job.edition()).orElseThrow(() -> new NotFound("no edition " + job.edition()));
        String startedAt = now();
        SiteAssembly.Assembled site = assembly.assemble(edition, startedAt);
        Map<String, SiteObject> objects = new HashMap<>();
        site.files().forEach(f -> objects.put(f.key(), headers.object(f)));
        SearchDirectory index = bucket.read(SearchDirectory.KEY).map(SearchDirectory::read).orElse(null);
        SearchIndex.publish(site.content(), index).forEach(f -> objects.put(f.key(), headers.object(f)));
        Set<String> scopes = new LinkedHashSet<>(site.wholeScopes());
        objects.keySet().forEach(k -> scopes.add(ManifestStore.scopeOf(k)));
        Map<String, Map<String, ManifestEntry>> live = new HashMap<>();
        Map<String, ManifestEntry> allLive = new HashMap<>();
        for (String scope : scopes) {
            live.put(scope, new HashMap<>(manifests.load(scope)));
            allLive.putAll(live.get(scope));
        }
        Plan plan = Planner.plan(List.copyOf(objects.values()), allLive, site.wholeScopes());
        int unchanged = plan.of(Kind.SKIP).size();
        Publication[] progress = {job.counted(objects.size(), 0, unchanged, 0)};
        publications.save(progress[0]);
        int uploaded = uploader.upload(plan, objects, n -> {
            progress[0] = progress[0].counted(objects.size(), n, unchanged, 0);
            publications.save(progress[0]);
        });
        int deleted = uploader.delete(plan);
        Publication counted = progress[0].counted(objects.size(), uploaded, unchanged, deleted);
        if (!plan.invalidations().isEmpty()) {
            cdn.invalidate(plan.invalidations());
        }
        counted = counted.invalidatedPaths(plan.invalidations().size(), plan.invalidation().name().toLowerCase());
        saveManifests(live, objects, plan);
        markPublished(site, startedAt);
        if (edition.publishedAt() == null) {
            recordEditionPublished(edition, startedAt);
        }
        return counted;
    }

    private void saveManifests(Map<String, Map<String, ManifestEntry>> live, Map<String, SiteObject> objects, Plan plan) {
        objects.values().forEach(o -> live.get(ManifestStore.scopeOf(o.key())).put(o.key(), ManifestEntry.of(o)));
        plan.of(Kind.DELETE).forEach(a -> live.get(ManifestStore.scopeOf(a.key())).remove(a.key()));
        live.forEach(manifests::save);
    }

    /** Marks what went out; an article edited meanwhile keeps its newer version and goes out next time. */
    private void markPublished(SiteAssembly.Assembled site, String at) {
        List<Article> shownArticles = site.content().readingOrder();
        Map<String, Article> current = articles.findAll(shownArticles.stream().map(Article::id).toList());
        for (Article shown : shownArticles) {
            Article stored = current.get(shown.id());
            Corrections.Decision d = site.decisions().get(shown.id());
            if (stored == null || d == null || stored.version() != shown.version()) {
                continue;
            }
            boolean same = stored.status() == news.broadsheet.article.Status.PUBLISHED && d.digest().equals(stored.publishedDigest())
                    && java.util.Objects.equals(d.correctedAt(), stored.correctedAt());
            if (same) {
                continue;
            }
            try {
                String first = stored.publishedAt() == null ? at : stored.publishedAt();
                articles.update(stored.published(first, d.correctedAt(), d.digest()), stored);
            } catch (DomainException e) {
                LOG.warning("article " + shown.id() + " changed while publishing; it goes out with the next publication");
            }
        }
    }

    private void recordEditionPublished(Edition edition, String at) {
        try {
            editions.save(edition.published(at), edition.version(), List.of());
        } catch (DomainException e) {
            LOG.warning("edition " + edition.date() + " changed while publishing; its first publication time is recorded next time");
        }
    }

    private String now() {
        return clock.instant().toString();
    }
}
