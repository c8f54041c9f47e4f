package news.broadsheet.article;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import news.broadsheet.auth.Authenticator;
import news.broadsheet.auth.Principal;
import news.broadsheet.auth.Role;
import news.broadsheet.failure.Forbidden;
import news.broadsheet.failure.Invalid;
import news.broadsheet.failure.NotFound;
import news.broadsheet.failure.VersionConflict;

/** Writing, correcting and reading articles, with the newsroom's rules on who may do what. */
public final class ArticleService {
    public static final int MAX_PAGE_SIZE = 100;
    public static final int DEFAULT_PAGE_SIZE = 20;

    private final ArticleStore store;
    private final Clock clock;
    private final Supplier<String> ids;

    public ArticleService(ArticleStore store, Clock clock) {
        this(store, clock, () -> UUID.randomUUID().toString());
    }

    public ArticleService(ArticleStore store, Clock clock, Supplier<String> ids) {
        this.store = store;
        this.clock = clock;
        this.ids = ids;
    }

    public Article create(ArticleInput input, Principal who) {
        Authenticator.require(who, Role.REPORTER, Role.EDITOR);
        ArticleInput clean = ArticleRules.normalise(input);
        Status status = clean.status() == null ? Status.DRAFT : clean.status();
        if (!Transitions.allowed(Status.DRAFT, status, who)) {
            throw new Forbidden("a new article may not start as " + status.wire());
        }
        Article article = Article.create(ids.get(), unplaced(clean), status, now(), who.subject());
        store.insert(article);
        return article;
    }

    public Article get(String id) {
        return store.find(id).orElseThrow(() -> new NotFound("no article " + id));
    }

    public Article update(String id, long expectedVersion, ArticleInput input, Principal who) {
        Authenticator.require(who, Role.REPORTER, Role.EDITOR);
        ArticleInput clean = ArticleRules.normalise(input);
        Article current = get(id);
        if (!Transitions.mayEdit(current, who)) {
            throw new Forbidden("reporters may edit only their own unpublished articles");
        }
        if (current.version() != expectedVersion) {
            throw new VersionConflict("article " + id + " is at version " + current.version() + ", not " + expectedVersion);
        }
        Status status = clean.status() == null ? current.status() : clean.status();
        if (!Transitions.allowed(current.status(), status, who)) {
            throw new Forbidden("you may not move an article from " + current.status().wire() + " to " + status.wire());
        }
        Article next = current.revise(clean, status, now()).placed(current.edition(), current.page());
        store.replace(next, expectedVersion);
        return next;
    }

    public void delete(String id, long expectedVersion, Principal who) {
        Authenticator.require(who, Role.EDITOR);
        Article current = get(id);
        if (current.version() != expectedVersion) {
            throw new VersionConflict("article " + id + " is at version " + current.version() + ", not " + expectedVersion);
        }
        store.delete(id, expectedVersion);
    }

    public List<Article> revisions(String id) {
        List<Article> revisions = store.revisions(id);
        if (revisions.isEmpty()) {
            throw new NotFound("no article " + id);
        }
        return revisions;
    }

    public ArticleStore.ArticlePage list(String edition, String status, Integer limit, String cursor) {
        List<Invalid.FieldError> errors = new ArrayList<>();
        String date = ArticleRules.editionDate(errors, "edition", edition);
        Status parsedStatus = null;
        if (status != null) {
            try {
                parsedStatus = Status.fromWire(status);
            } catch (IllegalArgumentException e) {
                errors.add(new Invalid.FieldError("status", e.getMessage()));
            }
        }
        if (edition == null && status == null) {
            errors.add(new Invalid.FieldError("edition", "give an edition or a status (or both) to list articles"));
        }
        int size = limit == null ? DEFAULT_PAGE_SIZE : limit;
        if (size < 1 || size > MAX_PAGE_SIZE) {
            errors.add(new Invalid.FieldError("limit", "must be between 1 and " + MAX_PAGE_SIZE));
        }
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        return store.list(new ArticleStore.ArticleQuery(date, parsedStatus, size, cursor));
    }

    /**
     * {@code edition} and {@code page} are read-only in the article API: the edition layout is their
     * only writer ({@code PUT /api/editions/{date}}), so an article write can neither clear nor move them.
     */
    private static ArticleInput unplaced(ArticleInput in) {
        return new ArticleInput(in.headline(), in.kicker(), in.subheadline(), in.column(), in.byline(), in.dateline(),
                in.body(), null, null, in.tags(), in.slug(), in.status());
    }

    private String now() {
        return clock.instant().toString();
    }
}
