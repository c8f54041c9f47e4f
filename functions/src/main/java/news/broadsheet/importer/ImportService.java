package news.broadsheet.importer;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import news.broadsheet.article.Article;
import news.broadsheet.article.ArticleInput;
import news.broadsheet.article.ArticleRules;
import news.broadsheet.article.ArticleStore;
import news.broadsheet.article.Status;
import news.broadsheet.auth.Authenticator;
import news.broadsheet.auth.Principal;
import news.broadsheet.auth.Role;
import news.broadsheet.failure.BadRequest;
import news.broadsheet.failure.Invalid;
import news.broadsheet.failure.TooLarge;
import news.broadsheet.importer.rules.PunctuationRule;

/** Imports a printed page as draft articles placed on that edition's page, all or nothing. */
public final class ImportService {
    /** One DynamoDB transaction holds 100 writes, two per article (the article and its first revision). */
    public static final int MAX_ARTICLES = 50;

    private final ArticleStore store;
    private final Clock clock;
    private final Supplier<String> ids;

    public ImportService(ArticleStore store, Clock clock) {
        this(store, clock, () -> UUID.randomUUID().toString());
    }

    public ImportService(ArticleStore store, Clock clock, Supplier<String> ids) {
        this.store = store;
        this.clock = clock;
        this.ids = ids;
    }

    /** The outcome: the created articles in page order, with the importer's report. */
    public record Imported(List<Article> articles, ImportResult result) {}

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
        store.insertAll(articles);
        return new Imported(articles, result);
    }
}
