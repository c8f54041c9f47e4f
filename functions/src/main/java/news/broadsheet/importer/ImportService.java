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
import news.broadsheet.auth.Authenticator;
import news.broadsheet.auth.Principal;
import news.broadsheet.auth.Role;
import news.broadsheet.failure.BadRequest;
import news.broadsheet.failure.Conflict;
import news.broadsheet.failure.NotFound;
import news.broadsheet.failure.Invalid;
import news.broadsheet.failure.TooLarge;
import news.broadsheet.importer.rules.PunctuationRule;
import news.broadsheet.text.TextRules;

/** Imports a printed page as draft articles placed on that edition's page, all or nothing. */
public final class ImportService {
    /**
     * One DynamoDB transaction holds 100 writes: two per article (the article and its first revision)
     * and the import's record.
     */
    public static final int MAX_ARTICLES = 49;

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

    /** The outcome: the created articles in page order, with the importer's report and the import's record. */
    public record Imported(List<Article> articles, ImportResult result, ImportRecord record) {}

    public ImportRecord find(String importId) {
        return log.find(importId).orElseThrow(() -> new NotFound("no import " + importId));
    }

    public Imported importPage(String text, String edition, Integer page, Principal who) {
        return importPage(text, edition, page, who, false);
    }

    /**
     * @param normalizePunctuation map half-width punctuation in Chinese context to full width
     *     ({@link PunctuationRule}); off by default, so the stored text is as printed
     */
    public Imported importPage(String text, String edition, Integer page, Principal who, boolean normalizePunctuation) {
        Authenticator.require(who, Role.REPORTER, Role.EDITOR);
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
        if (text.isBlank()) {
            throw new BadRequest("the page is empty");
        }
        if (text.codePoints().anyMatch(c -> c == 0 || (c < 0x20 && c != '\n' && c != '\r' && c != '\t'))) {
            throw new BadRequest("the body looks binary: it has control characters a text export never has");
        }
        TextRules.problem(text).ifPresent(p -> {
            throw new BadRequest("the page " + p);
        });
        String sha256 = sha256(text.getBytes(StandardCharsets.UTF_8));
        String importId = sha256((date + "\n" + page + "\n" + sha256).getBytes(StandardCharsets.UTF_8)).substring(0, 32);
        Optional<ImportRecord> earlier = log.find(importId);
        if (earlier.isPresent()) {
            throw duplicate(earlier.get());
        }
        ImportResult result = PageImporter.read(normalizePunctuation ? PunctuationRule.toFullWidth(text) : text);
        if (result.articles().size() > MAX_ARTICLES) {
            throw new TooLarge("the page has " + result.articles().size() + " articles; one import takes at most " + MAX_ARTICLES);
        }
        String now = clock.instant().toString();
        List<Article> articles = new ArrayList<>();
        for (ImportedArticle imported : result.articles()) {
            ArticleInput in = imported.article();
            ArticleInput placed = ArticleRules.normalise(new ArticleInput(in.headline(), in.kicker(), in.subheadline(),
                    in.column(), in.byline(), in.dateline(), in.body(), date, page, in.tags(), null, Status.DRAFT));
            articles.add(Article.create(ids.get(), placed, Status.DRAFT, now, who.subject()));
        }
        ImportRecord record = new ImportRecord(importId, date, page, sha256, articles.stream().map(Article::id).toList(),
                now, who.subject());
        log.save(record, articles);
        return new Imported(articles, result, record);
    }

    /** The answer to a page imported again: where the first import's drafts are. */
    public static Conflict duplicate(ImportRecord earlier) {
        Map<String, Object> links = new LinkedHashMap<>();
        links.put("import", earlier.location());
        links.put("articles", earlier.articles());
        return new Conflict("this page was imported into " + earlier.edition() + " page " + earlier.page() + " at "
                + earlier.importedAt() + "; its drafts are listed here. Edit those instead of importing again.", links);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
