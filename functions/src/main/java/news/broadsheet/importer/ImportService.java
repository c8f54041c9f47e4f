package news.broadsheet.importer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import news.broadsheet.article.Article;
import news.broadsheet.article.ArticleInput;
import news.broadsheet.article.ArticleRules;
import news.broadsheet.article.Status;
import news.broadsheet.article.Transitions;
import news.broadsheet.auth.Authenticator;
import news.broadsheet.auth.Principal;
import news.broadsheet.auth.Role;
import news.broadsheet.failure.BadRequest;
import news.broadsheet.failure.Conflict;
import news.broadsheet.failure.Forbidden;
import news.broadsheet.failure.NotFound;
import news.broadsheet.failure.Invalid;
import news.broadsheet.failure.TooLarge;
import news.broadsheet.edition.EditionPage;
import news.broadsheet.importer.rules.LayoutRule;
import news.broadsheet.importer.rules.PunctuationRule;
import news.broadsheet.text.TextRules;

/** Imports a printed page as draft articles placed on that edition's page, all or nothing. */
public final class ImportService {
    /**
     * One DynamoDB transaction holds 100 writes: two per article (the article and its first revision, or
     * for a joined story its new version and revision) and the import's record, stored twice for a page
     * (by its id and by what the page says, {@link PageIdentity#sameText}: in the edition for a first import, on its
     * page for a deliberate repeat): 2 × 49 + 2 = 100.
     */
    public static final int MAX_ARTICLES = 49;
    /**
     * The most lines a page import reads. A printed page of a daily has some hundreds (at most 377 on the
     * 844 pages of two months of a national daily); refused before reading, so a page of hundreds of
     * thousands of one-character lines is a quick 413, not a read that outlasts the function's timeout.
     */
    public static final int MAX_LINES = 5_000;

    private final ImportLog log;
    private final Clock clock;
    private final Supplier<String> ids;

    public ImportService(ImportLog log, Clock clock) {
        this(log, clock, () -> UUID.randomUUID().toString());
    }

    public ImportService(ImportLog log, Clock clock, Supplier<String> ids) {
        this.log = log;
        this.clock = clock;
        this.ids = ids;
    }

    /**
     * The outcome: the created articles in page order, with the importer's report and the import's
     * record. {@code placed} follows {@code result.articles()}: for each story found, the article it
     * went into (a new draft, or, for a continuation, the story it was joined to), and {@code jumps}
     * says, for each, which story it joined (null when none).
     */
    public record Imported(List<Article> articles, ImportResult result, ImportRecord record, List<Article> placed, List<String> jumps,
                           List<String> notes) {}

    public ImportRecord find(String importId) {
        return log.find(importId).orElseThrow(() -> new NotFound("no import " + importId));
    }

    public Imported importPage(String text, String edition, Integer page, Principal who) {
        return importPage(text, edition, page, who, false);
    }

    /**
     * @param normalizePunctuation map half-width punctuation next to Chinese text to full width
     *     ({@link PunctuationRule#toFullWidth}); off by default, when only the marks between Chinese
     *     characters are ({@link PrintText}); the answer's notes say how many either changed
     */
    public Imported importPage(String text, String edition, Integer page, Principal who, boolean normalizePunctuation) {
        return importPage(text, edition, page, who, normalizePunctuation, null);
    }

    /**
     * @param continues the id of the story this page's first continuation ({@code (上接…)}) belongs to,
     *     when the notes cannot say (an {@code (接上页)}, or a start imported into another edition); null
     *     to match by the notes against the pages already imported
     * @throws Invalid when {@code continues} names no article, or the page has no continuation
     */
    public Imported importPage(String text, String edition, Integer page, Principal who, boolean normalizePunctuation,
                               String continues) {
        return importPage(text, edition, page, who, normalizePunctuation, continues, null);
    }

    /**
     * @param reading the editor's reading of the page ({@link ExplicitReading}): the drafts are built from
     *     it instead of the importer's guess; null to let the importer read the page
     * @throws Invalid as for the other forms, and when the reading leaves out, repeats or misnames a line
     */
    public Imported importPage(String text, String edition, Integer page, Principal who, boolean normalizePunctuation,
                               String continues, List<ExplicitReading.Entry> reading) {
        return importPage(text, edition, page, who, normalizePunctuation, continues, reading, null);
    }

    /**
     * @param duplicateOf the id of the earlier import of the same words into this edition that the caller
     *     knows of and means to repeat (the same notice printed on two pages); null to refuse any repeat.
     *     It is the {@code duplicateOf} of the 409 that refused the page, and lets only that repeat through:
     *     the same words on the page they were already imported as are refused whatever it says.
     * @throws Conflict when the page repeats an earlier import that {@code duplicateOf} does not name
     * @throws Invalid as for the other forms, and when {@code duplicateOf} is given but the page repeats no import
     */
    public Imported importPage(String text, String edition, Integer page, Principal who, boolean normalizePunctuation,
                               String continues, List<ExplicitReading.Entry> reading, String duplicateOf) {
        Authenticator.require(who, Role.REPORTER, Role.EDITOR);
        String date = placeOf(edition, page);
        checkText(text);
        checkLines(text);
        String sha256 = PageIdentity.digest(text);
        String importId = pageImportId(sha256, date, page);
        // The keys this import claims (see repeat()): its words in the edition, or, for a deliberate repeat, on its page.
        String words = PageIdentity.sameText(text);
        String sameText = sameTextId(words, date);
        String samePage = samePageId(words, date, page);
        Optional<Repeat> repeat = repeat(text, date, page);
        // The first import of these words was on this page: a repeat is for another page, whatever duplicateOf says.
        if (repeat.isPresent() && (repeat.get().onThisPage() || repeat.get().earlier().page() == page
                || !repeat.get().earlier().id().equals(duplicateOf))) {
            throw repeat.get().refusal(page);
        }
        if (repeat.isEmpty() && duplicateOf != null) {
            throw new Invalid(List.of(new Invalid.FieldError("duplicateOf",
                    "names " + duplicateOf + ", but this page repeats no earlier import into " + date + ": leave it out")));
        }
        String repeats = repeat.map(r -> r.earlier().id()).orElse(null);
        PrintText print = PrintText.of(text, normalizePunctuation);
        String printed = print.text();
        ImportResult result = drafts(printed, reading);
        checkCount(result);
        String now = clock.instant().toString();
        List<Optional<Article>> starts = starts(result, date, page, continues, who);
        List<Article> articles = new ArrayList<>();
        List<Article> placed = new ArrayList<>();
        List<String> jumps = new ArrayList<>();
        List<ImportLog.Joined> joined = new ArrayList<>();
        for (int i = 0; i < result.articles().size(); i++) {
            ImportedArticle imported = result.articles().get(i);
            if (starts.get(i).isPresent()) {
                Article read = starts.get(i).get();
                Article next = read.revise(ArticleRules.normalise(Jumps.joined(read, imported)), read.status(), now, who.subject())
                        .withPrintPages(Jumps.pages(read, page));
                joined.add(new ImportLog.Joined(next, read));
                placed.add(next);
                jumps.add("continues 《" + read.headline() + "》 (" + read.id() + ") from page " + read.page()
                        + ": appended to it, one web article printed on pages " + next.printPages());
                continue;
            }
            ArticleInput draft = draftInput(imported, date, page);
            Article created = Article.create(ids.get(), draft, Status.DRAFT, inPrintOrder(now, articles.size()), who.subject());
            articles.add(created);
            placed.add(created);
            jumps.add(null);
        }
        ImportRecord record = new ImportRecord(importId, date, page, sha256, articles.stream().map(Article::id).toList(),
                now, who.subject(), joined.stream().map(j -> j.next().id()).toList(), repeats);
        // A deliberate repeat leaves the words' record with the first import, which later repeats are named by, and
        // claims its words on its own page instead, written only if unclaimed: of repeats racing onto one page, one is stored.
        String claimed = repeats == null ? sameText : samePage;
        log.save(record, claimed, articles, joined, spent(importId, claimed));
        return new Imported(articles, result, record, placed, jumps, print.notes());
    }

    /**
     * What importing {@code text} as {@code page} of {@code edition} without {@code duplicateOf} would be refused
     * with as a repeat (the 409 of {@link #importPage}, {@code duplicateOf} in it when the words are on another
     * page), found without importing: the dry run says it before an editor reviews the page. Empty when the
     * page repeats nothing. The page's text is held to the import's rules first.
     *
     * @throws Invalid when the edition or page is missing or out of range, as {@link #importPage}
     */
    public Optional<Conflict> repeatOf(String text, String edition, Integer page, Principal who) {
        Authenticator.require(who, Role.REPORTER, Role.EDITOR);
        String date = placeOf(edition, page);
        checkText(text);
        checkLines(text);
        return repeat(text, date, page).map(r -> r.refusal(page));
    }

    /** An earlier import of a page's words into its edition, and whether it (or a repeat of it) is on the very page. */
    private record Repeat(ImportRecord earlier, boolean onThisPage) {
        Conflict refusal(int page) {
            return onThisPage ? duplicate(earlier) : duplicate(earlier, page);
        }
    }

    /**
     * The earlier import a page repeats: first the same file or words on this very page (this file's record, or a
     * deliberate repeat's record under its words and page), then (whatever page number it came with) the same
     * words on any page of this edition ({@link PageIdentity#sameText}).
     */
    private Optional<Repeat> repeat(String text, String date, int page) {
        String words = PageIdentity.sameText(text);
        List<String> onPageIds = new ArrayList<>(PageIdentity.digests(text).stream().map(d -> pageImportId(d, date, page)).toList());
        onPageIds.add(samePageId(words, date, page));
        Optional<ImportRecord> onThisPage = live(onPageIds);
        if (onThisPage.isPresent()) {
            return Optional.of(new Repeat(onThisPage.get(), true));
        }
        return live(List.of(sameTextId(words, date))).map(e -> new Repeat(e, false));
    }

    /** As {@link #earlier}, leaving out an import whose every draft was deleted: its page can be imported again. */
    private Optional<ImportRecord> live(List<String> importIds) {
        for (String id : importIds) {
            Optional<ImportRecord> found = log.find(id).filter(r -> !spent(r));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** Nothing of an import is left: none of its drafts, nor a story it continued, is stored any more. */
    private boolean spent(ImportRecord record) {
        return java.util.stream.Stream.concat(record.articles().stream(), record.joined().stream()).noneMatch(id -> log.article(id).isPresent());
    }

    /** The spent imports stored under the ids this import claims, which it may replace there ({@link ImportLog#save}). */
    private Map<String, ImportRecord> spent(String... claimed) {
        Map<String, ImportRecord> spent = new LinkedHashMap<>();
        for (String id : claimed) {
            if (id != null) {
                log.find(id).filter(this::spent).ifPresent(r -> spent.put(id, r));
            }
        }
        return spent;
    }

    /** The edition date of a page import, both required: the edition as YYYY-MM-DD, the page from 1 to {@link ArticleRules#MAX_PAGE}. */
    private static String placeOf(String edition, Integer page) {
        List<Invalid.FieldError> errors = new ArrayList<>();
        if (edition == null) {
            errors.add(new Invalid.FieldError("edition", "is required, as YYYY-MM-DD"));
        }
        String date = ArticleRules.editionDate(errors, "edition", edition);
        if (page == null || page < 1 || page > ArticleRules.MAX_PAGE) {
            errors.add(new Invalid.FieldError("page", "is required, between 1 and " + ArticleRules.MAX_PAGE));
        }
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        return date;
    }

    /** Refuses a page that makes more than {@link #MAX_ARTICLES} stories, as {@link TooLarge} (413). */
    private static void checkCount(ImportResult result) {
        if (result.articles().size() > MAX_ARTICLES) {
            throw new TooLarge("the page has " + result.articles().size() + " articles; one import takes at most " + MAX_ARTICLES);
        }
    }

    /**
     * A story found as the draft the import stores (on {@code page} of {@code date}; null for a dry run, which
     * places nothing), held to the article rules ({@link ArticleRules#normalise}).
     *
     * @throws Invalid when the draft breaks an article rule (a headline over {@link ArticleRules#MAX_HEADLINE} characters…)
     */
    private static ArticleInput draftInput(ImportedArticle imported, String date, Integer page) {
        return ArticleRules.normalise(imported.article().with(b -> b.edition(date).page(page).slug(null).status(Status.DRAFT)
                .importDoubts(imported.storedDoubts())));
    }

    /**
     * What a dry run refuses as the import would: more stories than one import takes (413), then each draft's
     * article rules in page order (422, the first draft that breaks one, as the import answers).
     */
    private void checkAsImport(ImportResult result, Principal who) {
        checkCount(result);
        String now = clock.instant().toString();
        List<Article> drafts = new ArrayList<>();
        for (ImportedArticle a : result.articles()) {
            drafts.add(Article.create("dry-run-" + drafts.size(), draftInput(a, null, null), Status.DRAFT, now, who.subject()));
        }
        // A draft over the store's item limit is the import's 413 too (TooLarge, with the same numbers).
        log.fits(drafts);
    }

    /** Refuses a page of more than {@link #MAX_LINES} lines (any line end: LF, CRLF, CR, U+2029, NEL), before it is read. */
    private static void checkLines(String text) {
        int lines = 1;
        boolean endsWithBreak = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            endsWithBreak = c == '\n' || c == '\u2029' || c == '\u0085' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'));
            if (endsWithBreak) {
                lines++;
            }
        }
        // A line break at the very end closes the last line; it opens none.
        if (endsWithBreak) {
            lines--;
        }
        if (lines > MAX_LINES) {
            throw new TooLarge("the page has " + lines + " lines; a page import reads at most " + MAX_LINES
                    + " (a printed page has some hundreds): split the file, or import an archive of several pages as an archive",
                    lines, MAX_LINES, TooLarge.Unit.LINES);
        }
    }

    private static void checkText(String text) {
        // A byte order mark, blank lines and zero-width spaces are no page (TextRules.isBlank).
        if (TextRules.isBlank(text)) {
            throw new BadRequest("the page is empty");
        }
        if (text.codePoints().anyMatch(c -> c == 0 || (c < 0x20 && c != '\n' && c != '\r' && c != '\t'))) {
            throw new BadRequest("the body looks binary: it has control characters a text export never has");
        }
        TextRules.problem(text).ifPresent(p -> {
            throw new BadRequest("the page " + p);
        });
    }

    /**
     * The drafts an import of the (printed) text stores: with no reading, the importer's own; with one, the
     * drafts of that reading ({@link #fromReading}). The one computation behind the import, both dry runs and
     * the review's doubts, so a dry run shows what the import then stores.
     */
    static ImportResult drafts(String printed, List<ExplicitReading.Entry> reading) {
        return reading == null ? PageImporter.read(printed) : fromReading(printed, reading);
    }

    /**
     * The drafts a reading of the (printed) text makes. The importer's own reading sent back unchanged (the
     * review confirmed as it came) makes the importer's own drafts, as the plain import stores them: a page with
     * no headline stays {@link PageImporter#UNSORTED_HEADLINE}, each doubt is the importer's, word for word.
     * Any other reading makes {@link ExplicitReading}'s drafts, keeping the importer's doubts it did not settle
     * ({@link CarriedDoubts}), so the review never shows fewer than the drafts get.
     *
     * @throws Invalid when the reading leaves out, repeats or misnames a line
     */
    static ImportResult fromReading(String printed, List<ExplicitReading.Entry> reading) {
        ImportResult own = PageImporter.read(printed);
        if (sameReading(LineReadings.of(printed, own), reading)) {
            return own;
        }
        return CarriedDoubts.carry(printed, reading, ExplicitReading.assemble(printed, reading));
    }

    /** A line's parts as roles; none listed (a line the importer could not trace) is the role alone. */
    private static List<String> parts(String role, List<String> parts) {
        return parts == null || parts.isEmpty() ? List.of(role) : parts;
    }

    /** The reading is the importer's, line for line: the same story, role, parts (absent: the role alone) and joins. */
    private static boolean sameReading(List<LineReadings.LineReading> own, List<ExplicitReading.Entry> reading) {
        if (reading == null || reading.size() != own.size()) {
            return false;
        }
        for (int i = 0; i < own.size(); i++) {
            LineReadings.LineReading l = own.get(i);
            ExplicitReading.Entry e = reading.get(i);
            if (e == null || e.line() == null || e.line() != l.line() || e.story() == null || e.story() != l.story()
                    || !l.role().equals(e.role()) || l.joins() != Boolean.TRUE.equals(e.joins())) {
                return false;
            }
            if (!parts(l.role(), l.parts()).equals(parts(e.role(), e.parts()))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The importer's reading of a page, line by line, creating nothing: what the desk shows beside the
     * source so an editor can correct it and send it back as an explicit reading, with the drafts the import
     * of the page stores ({@link #drafts}), as it does with that reading sent back unchanged (their doubts are
     * the ones the review shows).
     *
     * @throws TooLarge as {@link #importPage} when the page has more than {@link #MAX_ARTICLES} stories
     * @throws Invalid as {@link #importPage} when a draft it reads breaks an article rule
     */
    public Preview preview(String text, boolean normalizePunctuation, Principal who) {
        Authenticator.require(who, Role.REPORTER, Role.EDITOR);
        checkText(text);
        checkLines(text);
        PrintText read = PrintText.of(text, normalizePunctuation);
        ImportResult result = PageImporter.read(read.text());
        // Refused as the import of the page would be, before its reading (which numbers at most MAX_ARTICLES stories) is checked.
        checkAsImport(result, who);
        List<LineReadings.LineReading> lines = LineReadings.of(read.text(), result);
        return new Preview(result, lines, read.notes(), result);
    }

    /**
     * An editor's reading of a page checked and answered with the drafts it would make (their doubts),
     * creating nothing: the import review asks again after each change, so what it shows stays what
     * {@link #importPage} with this reading would store. The lines are the reading's own, without doubts.
     *
     * @throws Invalid as {@link #importPage} for the same reading: the reading itself, then the drafts' article rules
     */
    public Preview previewReading(String text, List<ExplicitReading.Entry> reading, boolean normalizePunctuation, Principal who) {
        Authenticator.require(who, Role.REPORTER, Role.EDITOR);
        checkText(text);
        checkLines(text);
        PrintText read = PrintText.of(text, normalizePunctuation);
        ImportResult drafts = drafts(read.text(), reading);
        checkAsImport(drafts, who);
        List<String> source = ExplicitReading.sourceLines(read.text());
        List<LineReadings.LineReading> lines = reading.stream().map(e -> new LineReadings.LineReading(e.line(), source.get(e.line() - 1),
                e.story(), e.role(), e.parts() == null ? List.of(e.role()) : e.parts(), Boolean.TRUE.equals(e.joins()), null)).toList();
        return new Preview(drafts, lines, read.notes(), drafts);
    }

    /**
     * A page read but not imported: the importer's result, its reading per source line, what the import
     * would change, and the drafts the import would store ({@link #drafts}), whose doubts the review shows.
     */
    public record Preview(ImportResult result, List<LineReadings.LineReading> lines, List<String> notes, ImportResult drafts) {}

    /** One story of an archive file: the article it went into, what the importer found, its page, and the jump it completed (or null). */
    public record ArchiveEntry(Article article, ImportedArticle found, int page, String jump) {}

    /**
     * What an archive file made: the edition (from the file's first line or the request), the paper's
     * name as printed (or null), the drafts, a report entry per story found, the edition's 版面 layout
     * as the file gives it (page numbers, names, drafts in file order), and text outside any story.
     */
    public record ArchiveImported(String edition, String paper, List<Article> articles, List<ArchiveEntry> report,
                                  List<EditionPage> pages, List<String> unassigned, ImportRecord record, List<String> notes) {}

    /** An archive story is written one paragraph a line. */
    static final LayoutRule.Layout ARCHIVE_LAYOUT = new LayoutRule.Layout(LayoutRule.Kind.LINE_PER_PARAGRAPH,
            "archive dump: one paragraph per line under each story header");

    /**
     * Imports a file in the archive-dump format ({@link ArchiveDump}): each story a draft on the page its
     * header names, with its 专栏 as column; a continuation joins its start when both are in the file.
     * All drafts are written in one transaction or none.
     *
     * @param edition YYYY-MM-DD, or null to take it from the file's first line; when both are given they must agree
     * @throws Invalid when no edition is known, the two disagree, or a story header names a page out of range
     * @throws TooLarge when the file holds more than {@link #MAX_ARTICLES} stories (send it one page per file)
     */
    public ArchiveImported importArchive(String text, String edition, Principal who, boolean normalizePunctuation) {
        Authenticator.require(who, Role.REPORTER, Role.EDITOR);
        String date = archiveDate(text, edition, normalizePunctuation);
        String importId = archiveImportId(text, date);
        Optional<ImportRecord> earlier = earlierArchive(text, date);
        if (earlier.isPresent()) {
            throw duplicate(earlier.get());
        }
        return storeArchive(text, date, importId, who, normalizePunctuation, Status.DRAFT, ids);
    }

    /**
     * A back issue's file, as {@code make backfill} sends it: imported like {@link #importArchive}, but
     * as stories {@code ready} for publication, with ids derived from the file's bytes and date (the
     * same dump always makes the same articles, so the same URLs), and a file imported before is not
     * refused: its earlier import is the answer ({@code fresh} is then null).
     */
    public BackIssue importBackIssue(String text, String edition, Principal who) {
        Authenticator.require(who, Role.EDITOR);
        String date = archiveDate(text, edition, false);
        String importId = archiveImportId(text, date);
        Optional<ImportRecord> earlier = earlierArchive(text, date);
        if (earlier.isPresent()) {
            return new BackIssue(date, null, earlier.get());
        }
        int[] n = {0};
        Supplier<String> derived = () -> UUID.nameUUIDFromBytes((importId + "/" + n[0]++).getBytes(StandardCharsets.UTF_8)).toString();
        try {
            ArchiveImported fresh = storeArchive(text, date, importId, who, false, Status.READY, derived);
            return new BackIssue(date, fresh, fresh.record());
        } catch (Conflict raced) {
            // The same file sent twice at once: the other request stored it; that import is the answer.
            return log.find(importId).map(r -> new BackIssue(date, null, r)).orElseThrow(() -> raced);
        }
    }

    /** The earlier import of exactly this back-issue file, if there is one (nothing is written). */
    public Optional<ImportRecord> earlierBackIssue(String text, String edition) {
        return earlierArchive(text, archiveDate(text, edition, false));
    }

    /** The earlier import of this archive file, by its canonical text or (imported before that rule) its exact bytes. */
    private Optional<ImportRecord> earlierArchive(String text, String date) {
        return earlier(PageIdentity.digests(text).stream().map(d -> archiveIdOf(d, date)).toList());
    }

    private Optional<ImportRecord> earlier(List<String> importIds) {
        for (String id : importIds) {
            Optional<ImportRecord> found = log.find(id);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** A back issue's import: {@code fresh} when this call stored it, null when {@code record} is an earlier import of the same bytes. */
    public record BackIssue(String edition, ArchiveImported fresh, ImportRecord record) {}

    /**
     * The import id of an archive file: its date and its text ({@link PageIdentity}), so the same file is
     * recognised whatever its name, line ends or closing blank lines.
     */
    private static String archiveImportId(String text, String date) {
        return archiveIdOf(PageIdentity.digest(text), date);
    }

    private static String archiveIdOf(String digest, String date) {
        return sha256((date + "\narchive\n" + digest).getBytes(StandardCharsets.UTF_8)).substring(0, 32);
    }

    private static String sameTextId(String digest, String date) {
        return sha256((date + "\nsame text\n" + digest).getBytes(StandardCharsets.UTF_8)).substring(0, 32);
    }

    /** The id under which a deliberate repeat records its words ({@link PageIdentity#sameText}) on its page. */
    private static String samePageId(String digest, String date, int page) {
        return sha256((date + "\n" + page + "\nsame text\n" + digest).getBytes(StandardCharsets.UTF_8)).substring(0, 32);
    }

    private static String pageImportId(String digest, String date, int page) {
        return sha256((date + "\n" + page + "\n" + digest).getBytes(StandardCharsets.UTF_8)).substring(0, 32);
    }

    /** The edition an archive file goes into: the request's, else its first line's; refused when neither or they disagree. */
    private static String archiveDate(String text, String edition, boolean normalizePunctuation) {
        checkText(text);
        ArchiveDump.Dump dump = ArchiveDump.read(PrintText.of(text, normalizePunctuation).text());
        List<Invalid.FieldError> errors = new ArrayList<>();
        if (edition == null && dump.date() == null) {
            errors.add(new Invalid.FieldError("edition", "is required, as YYYY-MM-DD: the file's first line gives no date"));
        } else if (edition != null && dump.date() != null && !edition.equals(dump.date())) {
            errors.add(new Invalid.FieldError("edition", "is " + edition + " but the file's first line says " + dump.date()));
        }
        String date = ArticleRules.editionDate(errors, "edition", edition != null ? edition : dump.date());
        for (int i = 0; i < dump.stories().size(); i++) {
            int page = dump.stories().get(i).page();
            if (page < 1 || page > ArticleRules.MAX_PAGE) {
                errors.add(new Invalid.FieldError("stories/" + i + "/page", "第" + page + "版 is not a page from 1 to " + ArticleRules.MAX_PAGE));
            }
        }
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        if (dump.stories().isEmpty()) {
            throw new BadRequest("the file has no story header (a line such as 第2版(城事)); import it as a page instead");
        }
        return date;
    }

    private ArchiveImported storeArchive(String text, String date, String importId, Principal who, boolean normalizePunctuation,
                                         Status initial, Supplier<String> ids) {
        PrintText read = PrintText.of(text, normalizePunctuation);
        ArchiveDump.Dump dump = ArchiveDump.read(read.text());
        String sha256 = PageIdentity.digest(text);
        String now = clock.instant().toString();
        List<Article> created = new ArrayList<>();
        List<ArchiveEntry> report = new ArrayList<>();
        Map<Integer, EditionPage> pages = new java.util.TreeMap<>();
        List<String> unassigned = new ArrayList<>();
        if (!dump.preamble().isBlank()) {
            unassigned.add(dump.preamble().strip());
        }
        for (ArchiveDump.Story story : dump.stories()) {
            ImportResult result = PageImporter.read(story.text(), ARCHIVE_LAYOUT);
            unassigned.addAll(result.unassigned());
            List<ImportedArticle> stories = ArchiveBriefs.underBanner(result.articles());
            for (int j = 0; j < stories.size(); j++) {
                ImportedArticle found = stories.get(j);
                Optional<Article> start = found.continuedFrom() == null ? Optional.empty()
                        : Jumps.match(List.of(found), story.page(), created).get(0);
                if (start.isPresent()) {
                    Article s = start.get();
                    Article joined = Article.create(s.id(), ArticleRules.normalise(Jumps.joined(s, found)), initial, s.createdAt(), who.subject())
                            .withPrintPages(Jumps.pages(s, story.page()));
                    created.set(created.indexOf(s), joined);
                    report.add(new ArchiveEntry(joined, found, story.page(), "continues 《" + s.headline() + "》 from page " + s.page()
                            + " in this file: one article printed on pages " + joined.printPages()));
                    continue;
                }
                ArticleInput in = found.article();
                String column = j == 0 && story.column() != null && in.column() == null ? story.column() : in.column();
                ArticleInput draft = ArticleRules.normalise(in.with(b -> b.column(column).edition(date).page(story.page()).slug(null)
                        .status(initial).importDoubts(found.storedDoubts())));
                Article article = Article.create(ids.get(), draft, initial, inPrintOrder(now, created.size()), who.subject());
                created.add(article);
                report.add(new ArchiveEntry(article, found, story.page(), null));
                // A page the dump leaves unnamed (第3版()) is named by its number: a layout page needs a name.
                String pageName = story.pageName().isBlank() ? "第" + story.page() + "版" : story.pageName();
                EditionPage before = pages.getOrDefault(story.page(), new EditionPage(story.page(), pageName, List.of()));
                List<String> onPage = new ArrayList<>(before.articles());
                onPage.add(article.id());
                pages.put(story.page(), new EditionPage(story.page(), before.name(), onPage));
            }
        }
        if (created.size() > MAX_ARTICLES) {
            throw new TooLarge("the file has " + created.size() + " stories; one import takes at most " + MAX_ARTICLES
                    + ": send it one page per file");
        }
        int firstPage = dump.stories().stream().mapToInt(ArchiveDump.Story::page).min().orElseThrow();
        ImportRecord record = new ImportRecord(importId, date, firstPage, sha256, created.stream().map(Article::id).toList(),
                now, who.subject(), List.of());
        log.save(record, created);
        List<ArchiveEntry> stored = report.stream().map(e -> new ArchiveEntry(
                created.stream().filter(a -> a.id().equals(e.article().id())).findFirst().orElseThrow(), e.found(), e.page(), e.jump())).toList();
        return new ArchiveImported(date, dump.paper(), created, stored, List.copyOf(pages.values()), unassigned, record, read.notes());
    }

    /** For each story found, the stored story it continues: the one named by {@code continues}, or matched by the notes. */
    private List<Optional<Article>> starts(ImportResult result, String date, int page, String continues, Principal who) {
        if (continues != null) {
            Article start = log.article(continues).orElseThrow(() -> new Invalid(List.of(
                    new Invalid.FieldError("continues", "names no article: " + continues))));
            if (!Transitions.mayChangeText(start, who)) {
                throw new Forbidden("continues names 《" + start.headline() + "》, which you may not edit: reporters append"
                        + " continuations only to their own drafts; ask an editor to import this page");
            }
            List<Optional<Article>> out = new ArrayList<>();
            boolean used = false;
            for (ImportedArticle a : result.articles()) {
                boolean first = !used && a.continued();
                used |= first;
                out.add(first ? Optional.of(start) : Optional.empty());
            }
            if (!used) {
                throw new Invalid(List.of(new Invalid.FieldError("continues",
                        "the page has no continued story (one that opens with a note such as (上接第1版))")));
            }
            return out;
        }
        List<Article> candidates = new ArrayList<>();
        result.articles().stream().map(ImportedArticle::continuedFrom).filter(p -> p != null && p != page).distinct()
                .forEach(p -> candidates.addAll(log.onPage(date, p)));
        // Joining appends text to the start: a story the caller may not edit is no candidate, and its continuation stays a draft.
        candidates.removeIf(start -> !Transitions.mayChangeText(start, who));
        return Jumps.match(result.articles(), page, candidates);
    }

    /**
     * The answer to a page imported again: where the first import's drafts are, and the edition and page it
     * recorded ({@code edition}, {@code page}), since the page may be the same words under another page number.
     */
    public static Conflict duplicate(ImportRecord earlier) {
        return duplicate(earlier, 0);
    }

    /**
     * As {@link #duplicate(ImportRecord)}, for a page whose words were imported into the same edition on
     * another page ({@code page}, not 0): the same short notice may be printed on two pages, so the answer
     * also names the earlier import as {@code duplicateOf}, which a request repeats to import the page anyway.
     */
    public static Conflict duplicate(ImportRecord earlier, int page) {
        if (page == 0 || page == earlier.page()) {
            return duplicateLinks(earlier, null);
        }
        return duplicateLinks(earlier, "this page's words were imported into " + earlier.edition() + " page " + earlier.page() + " at "
                + earlier.importedAt() + "; its drafts are listed here. If the same text is printed on page " + page
                + " too, send the import again with ?duplicateOf=" + earlier.id() + " to make drafts of it there as well.");
    }

    private static Conflict duplicateLinks(ImportRecord earlier, String repeatable) {
        Map<String, Object> links = new LinkedHashMap<>();
        links.put("import", earlier.location());
        links.put("articles", earlier.articles());
        // Where the earlier import put its drafts, as it recorded them: the page may have come back under another number.
        links.put("edition", earlier.edition());
        links.put("page", earlier.page());
        if (repeatable != null) {
            links.put("duplicateOf", earlier.id());
            return new Conflict(repeatable, links);
        }
        return new Conflict("this page was imported into " + earlier.edition() + " page " + earlier.page() + " at "
                + earlier.importedAt() + "; its drafts are listed here. Edit those instead of importing again.", links);
    }

    /**
     * The creation time of an import's {@code n}-th new draft (from 0): the import's time plus n
     * nanoseconds. An edition's articles are listed by page, then by creation time; drafts created
     * in one transaction at one time would otherwise fall back on their random ids within a page.
     */
    static String inPrintOrder(String importTime, int n) {
        return java.time.Instant.parse(importTime).plusNanos(n).toString();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
