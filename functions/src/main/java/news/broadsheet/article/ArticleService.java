package news.broadsheet.article;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
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
    /** A system write (layout, publishing) landing between our read and our write costs one more try, rarely two. */
    static final int ATTEMPTS = 5;

    private final ArticleStore store;
    private final Clock clock;
    private final Supplier<String> ids;
    private final EmbargoSchedule embargoes;

    /** Schedules the republication of an article's edition when its embargo ends (a port onto the publish scheduler). */
    @FunctionalInterface
    public interface EmbargoSchedule {
        EmbargoSchedule NONE = (edition, at) -> { };

        void endsAt(String edition, java.time.Instant at);
    }

    public ArticleService(ArticleStore store, Clock clock) {
        this(store, clock, () -> UUID.randomUUID().toString(), EmbargoSchedule.NONE);
    }

    public ArticleService(ArticleStore store, Clock clock, Supplier<String> ids) {
        this(store, clock, ids, EmbargoSchedule.NONE);
    }

    public ArticleService(ArticleStore store, Clock clock, Supplier<String> ids, EmbargoSchedule embargoes) {
        this.store = store;
        this.clock = clock;
        this.ids = ids;
        this.embargoes = embargoes;
    }

    public Article create(ArticleInput input, Principal who) {
        Authenticator.require(who, Role.REPORTER, Role.EDITOR);
        ArticleInput clean = ArticleRules.normalise(input);
        ArticleRules.resolvedOnly(List.of(), clean.importDoubts());
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

    /** A full replace (PUT): every editable field is taken from {@code input}; absent ones are emptied. */
    public Article update(String id, long expectedVersion, ArticleInput input, Principal who) {
        return edit(id, expectedVersion, current -> input, who);
    }

    /**
     * A partial edit (PATCH): {@code change} turns the current editable fields into the wanted ones
     * (an RFC 7396 merge patch, applied to the version the caller named).
     */
    public Article edit(String id, long expectedVersion, Function<ArticleInput, ArticleInput> change, Principal who) {
        Authenticator.require(who, Role.REPORTER, Role.EDITOR);
        for (int attempt = 1; ; attempt++) {
            Article current = get(id);
            if (current.version() != expectedVersion) {
                throw new VersionConflict("article " + id + " is at version " + current.version() + ", not " + expectedVersion
                        + "; someone changed it since you read it");
            }
            Transitions.checkMayEdit(current, who);
            ArticleInput edited = ArticleRules.normalise(change.apply(current.editable()));
            ArticleRules.resolvedOnly(current.importDoubts(), edited.importDoubts());
            // A photo given its file settles its "no file yet" doubt in the same save.
            ArticleInput clean = edited.withImportDoubts(FactDoubts.settle(edited.importDoubts(), edited.body()));
            Status status = clean.status() == null ? current.status() : clean.status();
            Article next = current.revise(clean, status, now(), who.subject());
            Transitions.checkEdit(current, next, who);
            if (next.sameEditorialContent(current)) {
                return current;
            }
            if (next.edition() != null && next.embargoedAt(clock.instant()) && !next.embargoUntil().equals(current.embargoUntil())) {
                // Before the save: where no scheduler runs this refuses the edit, and a schedule whose save then
                // fails only republishes what is already on the site.
                embargoes.endsAt(next.edition(), java.time.Instant.parse(next.embargoUntil()));
            }
            try {
                return store.update(next, current);
            } catch (VersionConflict e) {
                // Someone wrote between our read and our write: a person (the next read says 412) or the system (try again).
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    public void delete(String id, long expectedVersion, Principal who) {
        Authenticator.require(who, Role.EDITOR);
        Article current = get(id);
        if (current.version() != expectedVersion) {
            throw new VersionConflict("article " + id + " is at version " + current.version() + ", not " + expectedVersion);
        }
        store.delete(id, expectedVersion);
    }

    public ArticleStore.RevisionPage revisions(String id, Integer limit, String cursor) {
        List<Invalid.FieldError> errors = new ArrayList<>();
        int size = pageSize(limit, errors);
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        ArticleStore.RevisionPage page = store.revisions(id, size, cursor);
        if (page.items().isEmpty() && cursor == null) {
            throw new NotFound("no article " + id);
        }
        return page;
    }

    public Article revision(String id, long version) {
        return store.revision(id, version).orElseThrow(() -> new NotFound("article " + id + " has no version " + version));
    }

    /**
     * A page of articles: of one edition in page order, or the most recently updated first; filtered
     * by status and by author ({@code me} for the caller).
     */
    public ArticleStore.ArticlePage list(String edition, String status, String author, Integer limit, String cursor, Principal who) {
        Authenticator.require(who, Role.REPORTER, Role.EDITOR);
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
        int size = pageSize(limit, errors);
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        String by = "me".equals(author) ? who.subject() : author;
        return store.list(new ArticleStore.ArticleQuery(date, parsedStatus, by, size, cursor));
    }

    /**
     * {@code edition} and {@code page} are read-only in the article API: the edition layout is their
     * only writer ({@code PUT /api/editions/{date}}), so an article write can neither set, clear nor move them.
     */
    private static ArticleInput unplaced(ArticleInput in) {
        return in.with(b -> b.edition(null).page(null));
    }

    private static int pageSize(Integer limit, List<Invalid.FieldError> errors) {
        int size = limit == null ? DEFAULT_PAGE_SIZE : limit;
        if (size < 1 || size > MAX_PAGE_SIZE) {
            errors.add(new Invalid.FieldError("limit", "must be between 1 and " + MAX_PAGE_SIZE));
        }
        return size;
    }

    private String now() {
        return clock.instant().toString();
    }
}
