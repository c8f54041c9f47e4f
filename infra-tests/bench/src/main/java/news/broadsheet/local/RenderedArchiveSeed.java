package news.broadsheet.local;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import news.broadsheet.article.Article;
import news.broadsheet.article.ArticleBuilder;
import news.broadsheet.article.ArticleStore;
import news.broadsheet.article.Block;
import news.broadsheet.article.Status;
import news.broadsheet.edition.Edition;
import news.broadsheet.edition.EditionPage;
import news.broadsheet.edition.EditionStore;
import news.broadsheet.publish.ManifestEntry;
import news.broadsheet.publish.PublishedEdition;
import news.broadsheet.publish.PublishedEditionBuilder;
import news.broadsheet.publish.Rebuild;
import news.broadsheet.publish.Shown;
import news.broadsheet.publish.SiteBucket;
import news.broadsheet.publish.Snapshot;
import news.broadsheet.publish.Snapshots;
import news.broadsheet.store.DynamoPublishedStore;

/**
 * An archive of back issues as their publications would leave it, written straight through the
 * stores instead of one publication at a time through the API (which takes hours for thousands of
 * editions on an emulator): each edition's two articles (ready, placed, each with its first
 * revision) and its layout; its committed snapshot, naming the exact article versions it shows; its
 * pages, rendered by the rebuild's own {@link Rebuild#render} and uploaded to the site bucket; its
 * pointer linked to its neighbours, each month's record and the site record ({@link ArchiveSeed#load});
 * and last the site-wide pages, every month page and the sitemap index, by the rebuild's own end
 * ({@link Rebuild#finish}). What a rebuild then reads is what a published archive holds.
 */
public final class RenderedArchiveSeed {
    /** The stores the seed writes through, as the functions' object graph wires them. */
    public record Stores(ArticleStore articles, EditionStore editions, DynamoPublishedStore published, SiteBucket bucket,
                         Rebuild rebuild) {
        public static Stores of(LocalApiComponent graph) {
            return new Stores(graph.articleStore(), graph.editionStore(), (DynamoPublishedStore) graph.publishedStore(),
                    graph.siteBucket(), graph.rebuild());
        }
    }

    private RenderedArchiveSeed() {}

    /**
     * Seeds {@code dates} (oldest first, as {@link ArchiveSeed#dates} gives them) as editions 1, 2, …,
     * each of two 版面 with one story each, published at {@code now}, on {@code threads} threads.
     *
     * @throws IllegalStateException when the published record is not empty (the seed writes unconditionally)
     */
    public static void seed(Stores stores, List<String> dates, String now, int threads) throws Exception {
        if (stores.published().site().version() != 0) {
            throw new IllegalStateException("the archive seed writes unconditionally and needs an empty published record");
        }
        List<PublishedEdition> pointers = new ArrayList<>();
        for (int i = 0; i < dates.size(); i++) {
            pointers.add(PublishedEditionBuilder.builder().date(dates.get(i)).number(i + 1).snapshotId("seed-" + dates.get(i))
                    .publishedAt(now).committedAt(now).previous(i > 0 ? dates.get(i - 1) : null)
                    .next(i < dates.size() - 1 ? dates.get(i + 1) : null).build());
        }
        List<PublishedEdition> committed = new ArrayList<>(pointers);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<PublishedEdition>> done = new ArrayList<>();
            for (int i = 0; i < pointers.size(); i++) {
                PublishedEdition previous = i > 0 ? pointers.get(i - 1) : null;
                PublishedEdition next = i < pointers.size() - 1 ? pointers.get(i + 1) : null;
                PublishedEdition pointer = pointers.get(i);
                done.add(pool.submit(() -> edition(stores, pointer, previous, next, now)));
            }
            for (int i = 0; i < done.size(); i++) {
                committed.set(i, done.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
        ArchiveSeed.load(stores.published(), committed, ManifestEntry.UNCONFIRMED);
        stores.rebuild().finish("archive-seed", false);
    }

    /** One edition's articles, layout, pages and snapshot; returns its pointer, ready to load. */
    private static PublishedEdition edition(Stores stores, PublishedEdition pointer, PublishedEdition previous,
                                            PublishedEdition next, String now) {
        String date = pointer.date();
        int number = pointer.number();
        List<Article> articles = new ArrayList<>();
        List<EditionPage> pages = new ArrayList<>();
        for (int p = 1; p <= 2; p++) {
            String id = String.format("%s-%d-seed", date, p);
            articles.add(ArticleBuilder.builder().id(id).headline("第" + number + "期第" + p + "条")
                    .body(List.of(Block.paragraph("本报讯 第" + number + "期的一条消息，正文若干字。"))).edition(date).page(p)
                    .status(Status.READY).version(1).createdAt(now).updatedAt(now).createdBy("archive-seed")
                    .updatedBy("archive-seed").build());
            pages.add(new EditionPage(p, p == 1 ? "要闻" : "城事", List.of(id)));
        }
        stores.articles().insertAll(articles);
        Edition edition = new Edition(date, number, pages, 1, now, now, now, null);
        stores.editions().save(edition, 0, List.of());
        // What the edition's first publication committed: the articles as shown, no files yet.
        Map<String, Article> byId = new java.util.HashMap<>();
        articles.forEach(a -> byId.put(a.id(), a));
        Shown.Result shown = Shown.decide(edition, byId, null, src -> true, ids -> Map.of(), now, now);
        Snapshot first = Snapshots.of(shown.content(), shown.decisions(), Map.of());
        Rebuild.Rendered rendered = stores.rebuild().render(first, now, previous, next);
        rendered.objects().values().forEach(stores.bucket()::put);
        int parts = stores.published().stage(pointer.snapshotId(), rendered.snapshot());
        stores.published().mayShow(date, byId.keySet());
        return pointer.with(b -> b.parts(parts).view(rendered.view()));
    }
}
