package news.broadsheet.epaper.processing;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import news.broadsheet.article.Article;
import news.broadsheet.article.ArticleStore;
import news.broadsheet.edition.Edition;
import news.broadsheet.edition.EditionStore;
import news.broadsheet.epaper.PageScan;
import news.broadsheet.epaper.PageUpload;
import news.broadsheet.epaper.PdfRejection;
import news.broadsheet.epaper.PdfRules;
import news.broadsheet.epaper.PrintPage;
import news.broadsheet.epaper.PrintPageKeys;
import news.broadsheet.epaper.PrintPageStore;
import news.broadsheet.epaper.Rendition;
import news.broadsheet.epaper.ScanReport;
import news.broadsheet.epaper.locate.ArticleText;
import news.broadsheet.epaper.locate.Locator;
import news.broadsheet.media.processing.Originals;
import news.broadsheet.render.SiteRenderer;

/**
 * What happens when a 版面 PDF lands in the upload bucket: check and process it, store its images
 * and a copy of the PDF under {@code epaper/} (uploads expire), locate the articles, and only then
 * record the new scan; or record why the file was refused, or why processing failed, leaving the
 * page's accepted scan as it was. A delivery for an upload that is no longer the page's latest, or no
 * longer processing, changes nothing; an editor's change to the record while it was processed (a
 * region replaced) is kept, and the outcome written over it.
 */
public final class PrintPageIntake {
    private static final Logger LOG = Logger.getLogger(PrintPageIntake.class.getName());
    /** Saves tried before giving up; each failure means someone else wrote the record in between. */
    static final int SAVE_TRIES = 5;

    private final PrintPageStore pages;
    private final EditionStore editions;
    private final ArticleStore articles;
    private final Originals originals;
    private final EpaperFiles files;
    private final EditionPdfs editionPdfs;
    private final Clock clock;

    public PrintPageIntake(PrintPageStore pages, EditionStore editions, ArticleStore articles, Originals originals,
                           EpaperFiles files, Clock clock) {
        this.pages = pages;
        this.editions = editions;
        this.articles = articles;
        this.originals = originals;
        this.files = files;
        this.editionPdfs = new EditionPdfs(pages, files, clock);
        this.clock = clock;
    }

    /** Handles one uploaded object; the page's record afterwards, if the key names a page upload. */
    public Optional<PrintPage> arrived(String bucket, String key) {
        return arrived(bucket, key, null);
    }

    /**
     * As {@link #arrived(String, String)}, with at most {@code budget} for reading and processing the
     * file (null: no limit). Past it the upload is written as failed, so a page that would run the
     * function past its timeout still gets an outcome instead of staying "processing" until it expires.
     */
    public Optional<PrintPage> arrived(String bucket, String key, java.time.Duration budget) {
        Optional<PrintPageKeys.UploadKey> named = PrintPageKeys.parseUpload(key);
        if (named.isEmpty()) {
            return Optional.empty();
        }
        PrintPageKeys.UploadKey k = named.get();
        Optional<PrintPage> found = pages.find(k.date(), k.page());
        if (found.isEmpty() || !isWaiting(found.get(), k.uploadId())) {
            LOG.info("ignoring " + key + ": not the page's upload in processing");
            return found;
        }
        PrintPage current = found.get();
        Outcome outcome = budget == null ? outcome(current, bucket, key) : withinBudget(current, bucket, key, budget);
        PrintPage next = outcome.applyTo(current, now());
        // A save fails when anything changed the record meanwhile. An editor's region replacement
        // (If-Match) is no reason to drop a processed PDF: apply the outcome to what is stored now.
        // Only another upload (or this one already settled) makes it stale.
        int tries = 1;
        while (!pages.save(next, current.version())) {
            Optional<PrintPage> stored = pages.find(k.date(), k.page());
            if (stored.isEmpty() || !isWaiting(stored.get(), k.uploadId())) {
                LOG.info("dropping the outcome of " + key + ": another upload or outcome came first");
                return stored;
            }
            if (tries++ >= SAVE_TRIES) {
                throw new IllegalStateException("the record of " + key + " kept changing; " + SAVE_TRIES + " saves failed");
            }
            current = stored.get();
            next = outcome.applyTo(current, now());
        }
        if (next.upload().state() == PageUpload.State.READY) {
            try {
                editionPdfs.combine(bucket, k.date());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "the combined PDF of " + k.date() + " was not made", e);
            }
        }
        return Optional.of(next);
    }

    private Outcome withinBudget(PrintPage page, String bucket, String key, java.time.Duration budget) {
        java.util.concurrent.ExecutorService worker = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "print-page " + key);
            t.setDaemon(true);
            return t;
        });
        java.util.concurrent.Future<Outcome> running = worker.submit(() -> outcome(page, bucket, key));
        try {
            return running.get(Math.max(0, budget.toMillis()), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            running.cancel(true);
            LOG.severe("page " + page.date() + "/" + page.page() + " not processed within " + budget);
            return new Outcome(page.upload().failed("processing took longer than the media function may run ("
                    + budget.toSeconds() + " s left); upload the PDF again, or export it with less text drawn as separate glyphs", now()), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while processing " + key, e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("processing " + key + " broke", e.getCause());
        } finally {
            worker.shutdownNow();
        }
    }

    private static boolean isWaiting(PrintPage page, String uploadId) {
        return page.upload() != null && page.upload().id().equals(uploadId) && page.upload().state() == PageUpload.State.PROCESSING;
    }

    private Outcome outcome(PrintPage page, String bucket, String key) {
        PageUpload upload = page.upload();
        Optional<Originals.Original> original = originals.read(bucket, key, PdfRules.MAX_BYTES);
        if (original.isEmpty()) {
            return new Outcome(upload.rejected(PdfRejection.WRONG_SIZE, "the upload is gone from the bucket", now()), null);
        }
        if (original.get().bytes() == null || original.get().size() != upload.size()) {
            return new Outcome(upload.rejected(PdfRejection.WRONG_SIZE, "the upload is " + original.get().size()
                    + " bytes; " + upload.size() + " were announced", now()), null);
        }
        try {
            byte[] pdf = original.get().bytes();
            PageProcessor.Processed processed = PageProcessor.process(pdf);
            PageScan scan = store(page, bucket, pdf, processed);
            return new Outcome(upload.ready(now()), scan);
        } catch (PdfRejected r) {
            LOG.info("page " + page.date() + "/" + page.page() + " rejected: " + r.reason().wire() + ": " + r.getMessage());
            return new Outcome(upload.rejected(r.reason(), r.getMessage(), now()), null);
        } catch (RuntimeException | OutOfMemoryError e) {
            if (Thread.currentThread().isInterrupted()) {
                // Abandoned at the budget (Interruptible): the caller has already written the outcome.
                LOG.info("page " + page.date() + "/" + page.page() + ": abandoned processing stopped");
                return new Outcome(upload.failed("processing was stopped", now()), null);
            }
            LOG.log(Level.SEVERE, "page " + page.date() + "/" + page.page() + " failed", e);
            return new Outcome(upload.failed("processing failed (" + e.getClass().getSimpleName()
                    + "); upload the PDF again", now()), null);
        }
    }

    /** What processing made of the upload: its finished state, and the new scan when it was accepted. */
    private record Outcome(PageUpload finished, PageScan scan) {
        PrintPage applyTo(PrintPage page, String at) {
            return scan == null ? page.withUpload(finished, at) : page.withScan(finished, scan, at);
        }
    }

    private PageScan store(PrintPage page, String bucket, byte[] pdf, PageProcessor.Processed processed) {
        String sha = SiteRenderer.sha256(pdf);
        String pdfKey = PrintPageKeys.DERIVED_PREFIX + page.date() + "/" + page.page() + "/page." + sha.substring(0, 12) + ".pdf";
        files.put(bucket, pdfKey, pdf, "application/pdf");
        List<Rendition> renditions = new ArrayList<>();
        for (PageProcessor.Image image : processed.images()) {
            String imageSha = SiteRenderer.sha256(image.bytes());
            String ext = image.format().equals("jpeg") ? "jpg" : "webp";
            String key = PrintPageKeys.rendition(page.date(), page.page(), image.use(), image.width(), imageSha, ext);
            files.put(bucket, key, image.bytes(), "image/" + image.format());
            renditions.add(new Rendition(image.use(), image.format(), image.width(), image.height(), image.bytes().length, imageSha, key));
        }
        Locator.Located located = locate(page, processed);
        return new PageScan(page.upload().id(), pdfKey, sha, pdf.length, processed.width(), processed.height(), processed.rotate(),
                renditions, located.regions(), located.report(), now());
    }

    private Locator.Located locate(PrintPage page, PageProcessor.Processed processed) {
        Optional<Edition> edition = editions.find(page.date());
        List<ArticleText> texts = List.of();
        Map<String, Article> found = Map.of();
        if (edition.isPresent()) {
            found = articles.findAll(edition.get().articleIds());
            texts = ArticleTexts.forPage(edition.get(), page.page(), found);
        }
        Locator.Located located = Locator.locate(processed.blocks(), texts);
        if (processed.denseText()) {
            located = new Locator.Located(located.regions(), located.report().withDenseText());
        }
        // A jumped story says which pages print it: missing from one of them is as missing as any.
        List<String> notLocated = new ArrayList<>(located.report().notLocated());
        for (ArticleText t : texts) {
            Article a = found.get(t.id());
            boolean expected = !t.laidOutHere() && a.printPages() != null && a.printPages().contains(page.page());
            if (expected && located.regions().stream().noneMatch(r -> r.articleId().equals(t.id())) && located.report().textRead()) {
                notLocated.add(t.id());
            }
        }
        ScanReport report = located.report().withNotLocated(notLocated);
        return new Locator.Located(located.regions(), report);
    }

    private String now() {
        return clock.instant().toString();
    }
}
