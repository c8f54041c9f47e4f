package news.broadsheet.epaper;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import news.broadsheet.article.ArticleStore;
import news.broadsheet.auth.Principal;
import news.broadsheet.auth.Role;
import news.broadsheet.edition.Edition;
import news.broadsheet.edition.EditionPage;
import news.broadsheet.edition.EditionStore;
import news.broadsheet.failure.Conflict;
import news.broadsheet.failure.Forbidden;
import news.broadsheet.failure.Invalid;
import news.broadsheet.failure.Invalid.FieldError;
import news.broadsheet.failure.NotFound;
import news.broadsheet.failure.VersionConflict;
import news.broadsheet.media.UploadSigner;

/**
 * Starts 版面 PDF uploads, reports on them and takes an editor's regions. Checking and processing
 * the file happen in the media function when it arrives.
 */
public final class PrintPageService {
    /** Long enough to send 50 MiB over a slow newsroom uplink, short enough that a leaked URL soon dies. */
    public static final Duration UPLOAD_EXPIRY = Duration.ofMinutes(10);
    public static final String CONTENT_TYPE = "application/pdf";
    private static final Pattern PAGE = Pattern.compile("[1-9][0-9]{0,2}");

    /** A new upload: the page's record and the signed PUT that delivers the file. */
    public record Started(PrintPage page, UploadSigner.SignedUpload upload, String expiresAt) {}

    private final PrintPageStore store;
    private final EditionStore editions;
    private final ArticleStore articles;
    private final UploadSigner signer;
    private final Clock clock;
    private final Supplier<String> ids;

    /** @param articles where a jumped story says which 版面 it is printed on */
    public PrintPageService(PrintPageStore store, EditionStore editions, ArticleStore articles, UploadSigner signer, Clock clock) {
        this(store, editions, articles, signer, clock, () -> UUID.randomUUID().toString());
    }

    public PrintPageService(PrintPageStore store, EditionStore editions, ArticleStore articles, UploadSigner signer, Clock clock,
                            Supplier<String> ids) {
        this.store = store;
        this.editions = editions;
        this.articles = articles;
        this.signer = signer;
        this.clock = clock;
        this.ids = ids;
    }

    /**
     * @throws NotFound (404) when the edition has no such 版面 in its layout
     * @throws Invalid (422) for a name or size the rules refuse
     * @throws Conflict (409) when another upload for the page started at the same moment
     */
    public Started start(String date, String pageNumber, PdfRules.UploadRequest request, Principal who) {
        requireEditor(who);
        int page = laidOutPage(date, pageNumber).number();
        PdfRules.UploadRequest ok = PdfRules.check(request);
        Instant at = clock.instant();
        String now = at.toString();
        PageUpload upload = PageUpload.started(ids.get(), ok.filename(), ok.size(), who.subject(), now, PageUpload.deadline(at, UPLOAD_EXPIRY));
        var current = store.find(date, page);
        PrintPage next = current.map(p -> p.withUpload(upload, now)).orElse(new PrintPage(date, page, upload, null, 1, now));
        if (!store.save(next, current.map(PrintPage::version).orElse(0L))) {
            throw new Conflict("the PDF of 版面 " + page + " of " + date + " changed while this upload started; start it again");
        }
        var signed = signer.signPut(PrintPageKeys.upload(date, page, upload.id()), CONTENT_TYPE, ok.size(), UPLOAD_EXPIRY);
        return new Started(next, signed, at.plus(UPLOAD_EXPIRY).toString());
    }

    /** The page's record as of now (an upload past its deadline reads as expired). */
    public PrintPage get(String date, String pageNumber) {
        return stored(date, pageNumber).asOf(clock.instant());
    }

    /**
     * The records of every 版面 of the edition that has one, as of now, by page number: those that have
     * none are simply not listed (no PDF yet is the usual state of a layout, not an error).
     *
     * @throws NotFound (404) when there is no edition of that date
     */
    public List<PrintPage> all(String date) {
        checkDate(date);
        editions.find(date).orElseThrow(() -> new NotFound("no edition " + date));
        Instant now = clock.instant();
        return store.findEdition(date).stream().map(p -> p.asOf(now))
                .sorted(java.util.Comparator.comparingInt(PrintPage::page)).toList();
    }

    /** The record as stored: a write keeps an expired upload's stored state, so a late arrival is still processed. */
    private PrintPage stored(String date, String pageNumber) {
        int page = number(pageNumber);
        checkDate(date);
        return store.find(date, page).orElseThrow(() -> new NotFound("版面 " + page + " of " + date + " has no PDF"));
    }

    /**
     * Replaces (or adds) an article's region on the accepted scan.
     *
     * @throws NotFound (404) when the page has no accepted scan
     * @throws VersionConflict (412) when {@code ifMatch} is not the record's version
     * @throws Invalid (422) when the article is not in the edition or a rectangle leaves the page
     */
    public PrintPage replaceRegion(String date, String pageNumber, String articleId, RegionInput input, long ifMatch,
                                   Principal who) {
        requireEditor(who);
        PrintPage current = stored(date, pageNumber);
        PageScan scan = current.ready().orElseThrow(() -> new NotFound("版面 " + current.page() + " of " + date
                + " has no processed PDF yet"));
        if (current.version() != ifMatch) {
            throw new VersionConflict("the PDF record of 版面 " + current.page() + " is at version " + current.version() + ", not " + ifMatch);
        }
        Edition edition = editions.find(date).orElseThrow(() -> new NotFound("no edition " + date));
        List<FieldError> errors = new ArrayList<>();
        // Only a story laid out on this 版面, or one jumped here (下转/上接: its print pages name this one).
        Optional<Integer> laidOut = edition.pageOf(articleId);
        boolean here = laidOut.map(p -> p == current.page()).orElse(false);
        boolean continuation = !here && laidOut.isPresent() && articles.find(articleId)
                .map(a -> a.printPages() != null && a.printPages().contains(current.page())).orElse(false);
        if (laidOut.isEmpty()) {
            errors.add(new FieldError("articleId", "article " + articleId + " is not in the layout of " + date));
        } else if (!here && !continuation) {
            errors.add(new FieldError("articleId", "article " + articleId + " is laid out on 版面 " + laidOut.get()
                    + " and not continued on 版面 " + current.page()));
        }
        checkRects(errors, input, scan);
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        String now = clock.instant().toString();
        ArticleRegion region = new ArticleRegion(articleId, ArticleRegion.Source.EDITOR, input.rects(), continuation, who.subject(), now);
        PrintPage next = current.withScan(current.upload(), scan.withRegion(region), now);
        if (!store.save(next, current.version())) {
            throw new VersionConflict("the PDF record of 版面 " + current.page() + " changed meanwhile; read it again");
        }
        return next;
    }

    private static void checkRects(List<FieldError> errors, RegionInput input, PageScan scan) {
        if (input == null || input.rects() == null || input.rects().isEmpty() || input.rects().size() > RegionInput.MAX_RECTS) {
            errors.add(new FieldError("/rects", "1 to " + RegionInput.MAX_RECTS + " rectangles"));
            return;
        }
        // Half a point of slack: an editor's tool that rounds to whole points must not be refused at the page's edge.
        double slack = 0.5;
        for (int i = 0; i < input.rects().size(); i++) {
            Rect r = input.rects().get(i);
            if (r == null) {
                errors.add(new FieldError("/rects/" + i, "is required"));
            } else if (!(Double.isFinite(r.x()) && Double.isFinite(r.y()) && Double.isFinite(r.width()) && Double.isFinite(r.height()))
                    || r.width() < RegionInput.MIN_SIDE || r.height() < RegionInput.MIN_SIDE) {
                errors.add(new FieldError("/rects/" + i, "at least " + RegionInput.MIN_SIDE + " points a side"));
            } else if (r.x() < -slack || r.y() < -slack || r.right() > scan.width() + slack || r.bottom() > scan.height() + slack) {
                errors.add(new FieldError("/rects/" + i, "leaves the page (" + scan.width() + " × " + scan.height() + " points)"));
            }
        }
    }

    private EditionPage laidOutPage(String date, String pageNumber) {
        int page = number(pageNumber);
        checkDate(date);
        Edition edition = editions.find(date).orElseThrow(() -> new NotFound("no edition " + date));
        return edition.pages().stream().filter(p -> p.number() == page).findFirst()
                .orElseThrow(() -> new NotFound("edition " + date + " has no 版面 " + page + " in its layout"));
    }

    private static int number(String page) {
        if (page == null || !PAGE.matcher(page).matches()) {
            throw new NotFound("no 版面 " + page);
        }
        return Integer.parseInt(page);
    }

    private static void checkDate(String date) {
        try {
            LocalDate.parse(date);
        } catch (DateTimeParseException | NullPointerException e) {
            throw new NotFound("no edition " + date);
        }
    }

    private static void requireEditor(Principal who) {
        if (!who.has(Role.EDITOR)) {
            throw new Forbidden("only editors attach a 版面's PDF and change its regions");
        }
    }
}
