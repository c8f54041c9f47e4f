package news.broadsheet.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import news.broadsheet.article.Article;
import news.broadsheet.article.ArticleBuilder;
import news.broadsheet.article.Block;
import news.broadsheet.local.CorpusReader.CorpusArticle;
import news.broadsheet.article.Status;
import news.broadsheet.edition.Edition;
import news.broadsheet.edition.EditionPage;
import news.broadsheet.edition.EditionStore.EditionSummary;
import news.broadsheet.render.EditionContent;
import news.broadsheet.render.SiteRenderer;
import news.broadsheet.search.SearchArchive;
import news.broadsheet.search.SearchDoc;
import news.broadsheet.search.SearchIndex;
import news.broadsheet.store.FolderSite;

/**
 * `make render-corpus`: renders a whole archive in the JSON Lines format of the benchmark corpus
 * into a folder, with the same renderer the publisher uses, then writes its search index. The corpus
 * is read as a stream, and each edition is rendered on the worker threads as soon as the next one
 * begins (its 下一期 link needs it). The rendering and the index are timed apart;
 * {@code --no-search-index} renders the pages alone.
 */
public final class RenderCorpus {
    private final SiteRenderer renderer;
    private final FolderSite out;
    private final ExecutorService workers = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), r -> {
        Thread t = new Thread(r, "render");
        t.setDaemon(true);
        return t;
    });
    private final List<Future<Integer>> rendering = new ArrayList<>();
    private final List<EditionSummary> summaries = new ArrayList<>();
    private final AtomicInteger articles = new AtomicInteger();
    private final List<List<SearchDoc>> searchDocs = new ArrayList<>();
    private final boolean searchIndex;

    private RenderCorpus(SiteRenderer renderer, FolderSite out, boolean searchIndex) {
        this.renderer = renderer;
        this.out = out;
        this.searchIndex = searchIndex;
    }

    public static void main(String[] args) throws Exception {
        List<String> operands = new ArrayList<>(List.of(args));
        boolean searchIndex = !operands.remove("--no-search-index");
        if (operands.size() < 2) {
            System.err.println("usage: RenderCorpus [--no-search-index] CORPUS.jsonl OUT_DIR [SITE_URL]");
            System.exit(2);
        }
        long start = System.nanoTime();
        SiteRenderer renderer = SiteRenderer.create("Broadsheet 日报", operands.size() > 2 ? operands.get(2) : "https://paper.example",
                ZoneId.of("Asia/Shanghai"));
        RenderCorpus export = new RenderCorpus(renderer, new FolderSite(Path.of(operands.get(1))), searchIndex);
        int files = export.render(Path.of(operands.get(0)));
        System.out.printf("rendered %d editions, %d articles, %d files into %s in %d ms%n", export.summaries.size(),
                export.articles.get(), files, operands.get(1), (System.nanoTime() - start) / 1_000_000);
        if (searchIndex) {
            export.writeSearchIndex();
        }
    }

    /** Renders the pages (the index's documents are gathered on the way, when it is wanted). */
    private int render(Path corpus) throws Exception {
        EditionContent previous = null;
        EditionContent latest = null;
        Deque<EditionContent> recent = new ArrayDeque<>();
        try (CorpusReader lines = new CorpusReader(Files.newInputStream(corpus))) {
            List<CorpusArticle> edition = new ArrayList<>();
            CorpusArticle a;
            while ((a = lines.next()) != null) {
                if (!edition.isEmpty() && !edition.get(0).edition().equals(a.edition())) {
                    EditionContent content = content(edition, summaries.size() + 1);
                    latest = content;
                    remember(recent, content);
                    previous = advance(previous, content);
                    edition = new ArrayList<>();
                }
                edition.add(a);
            }
            if (!edition.isEmpty()) {
                latest = content(edition, summaries.size() + 1);
                remember(recent, latest);
                previous = advance(previous, latest);
            }
        }
        advance(previous, null);
        int files = 0;
        for (Future<Integer> f : rendering) {
            files += f.get();
        }
        workers.shutdown();
        var global = new ArrayList<>(renderer.assets());
        global.addAll(renderer.global(latest, List.copyOf(recent), summaries));
        global.forEach(out::write);
        return files + global.size();
    }

    /** Keeps the newest editions for the feed, newest first, as many as it carries. */
    private static void remember(Deque<EditionContent> recent, EditionContent edition) {
        recent.addFirst(edition);
        if (recent.size() > SiteRenderer.FEED_EDITIONS) {
            recent.removeLast();
        }
    }

    /**
     * The search index as the publisher leaves it after a year of publications and monthly merges:
     * one merged segment per finished month, and the current month's editions in their own segments.
     */
    private void writeSearchIndex() {
        long start = System.nanoTime();
        SearchArchive.Built built = SearchArchive.build(searchDocs);
        built.files().forEach(out::write);
        System.out.printf("search index: %d segments, %d files, %d bytes in %d ms; the last edition's publication wrote "
                        + "%d bytes (%.2f%% of the index)%n", built.directory().segments().size(), built.files().size(),
                built.bytes(), (System.nanoTime() - start) / 1_000_000, built.lastEditionBytes(),
                100.0 * built.lastEditionBytes() / built.bytes());
    }

    /** Queues the rendering of {@code ready} now that the edition after it ({@code next}) is known. */
    private EditionContent advance(EditionContent ready, EditionContent next) {
        if (next != null) {
            summaries.add(new EditionSummary(next.date(), next.edition().number(), next.date()));
        }
        if (ready != null) {
            int at = ready.edition().number() - 1;
            EditionSummary before = at > 0 ? summaries.get(at - 1) : null;
            EditionSummary after = next == null ? null : summaries.get(at + 1);
            rendering.add(workers.submit(() -> {
                var files = renderer.edition(ready, before, after);
                files.forEach(out::write);
                return files.size();
            }));
        }
        return next;
    }

    private EditionContent content(List<CorpusArticle> lines, int number) {
        Map<String, Article> byId = new LinkedHashMap<>();
        Map<Integer, List<String>> pageArticles = new java.util.TreeMap<>();
        Map<Integer, String> pageNames = new java.util.HashMap<>();
        for (CorpusArticle a : lines) {
            List<Block> body = new ArrayList<>(a.paragraphs().size());
            a.paragraphs().forEach(p -> body.add(Block.paragraph(p)));
            byId.put(a.id(), ArticleBuilder.builder().id(a.id()).headline(a.headline()).kicker(blank(a.kicker()))
                    .subheadline(blank(a.subheadline())).byline(a.byline()).body(body)
                    .edition(a.edition()).page(a.page()).tags(List.of()).status(Status.PUBLISHED)
                    .version(1).writeSeq(0L).build());
            pageArticles.computeIfAbsent(a.page(), p -> new ArrayList<>()).add(a.id());
            pageNames.put(a.page(), a.pageName());
        }
        List<EditionPage> pages = new ArrayList<>();
        pageArticles.forEach((n, ids) -> pages.add(new EditionPage(n, pageNames.get(n), ids)));
        articles.addAndGet(byId.size());
        String date = lines.get(0).edition();
        EditionContent content = EditionContent.of(new Edition(date, number, pages, 1, null, null, date, null), byId, a -> true);
        if (searchIndex) {
            searchDocs.add(SearchIndex.docs(content));
        }
        return content;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
