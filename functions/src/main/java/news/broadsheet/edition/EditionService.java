package news.broadsheet.edition;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import news.broadsheet.article.Article;
import news.broadsheet.article.ArticleRules;
import news.broadsheet.article.ArticleStore;
import news.broadsheet.auth.Authenticator;
import news.broadsheet.auth.Principal;
import news.broadsheet.auth.Role;
import news.broadsheet.failure.Invalid;
import news.broadsheet.failure.Invalid.FieldError;
import news.broadsheet.failure.NotFound;
import news.broadsheet.failure.PreconditionRequired;
import news.broadsheet.failure.VersionConflict;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Laying out editions: which articles stand on which 版面, and keeping the articles' placement in step. */
public final class EditionService {
    private static final Logger LOG = LoggerFactory.getLogger(EditionService.class);
    public static final int MAX_LIST = 100;

    private final EditionStore editions;
    private final ArticleStore articles;
    private final Clock clock;
    private final PublishScheduler scheduler;

    public EditionService(EditionStore editions, ArticleStore articles, Clock clock) {
        this(editions, articles, clock, PublishScheduler.NONE);
    }

    public EditionService(EditionStore editions, ArticleStore articles, Clock clock, PublishScheduler scheduler) {
        this.editions = editions;
        this.articles = articles;
        this.clock = clock;
        this.scheduler = scheduler;
    }

    /** The saved edition and whether it was created. */
    public record Saved(Edition edition, boolean created) {}

    /** Creates the edition, or replaces it when {@code ifMatch} names its current version. */
    public Saved put(String date, EditionInput input, Long ifMatch, Principal who) {
        return put(date, input, ifMatch, false, who);
    }

    /**
     * As {@link #put(String, EditionInput, Long, Principal)}; {@code onlyIfAbsent} (If-None-Match: *) makes
     * it a create that fails with {@link VersionConflict} (412) when the edition exists: two editors who
     * both saw no edition and both make one, the second told that the first's exists now, where a 428
     * would ask them for an ETag they never had.
     */
    public Saved put(String date, EditionInput input, Long ifMatch, boolean onlyIfAbsent, Principal who) {
        Authenticator.require(who, Role.EDITOR);
        EditionInput clean = EditionRules.normalise(date, input);
        Optional<Edition> current = editions.find(date);
        if (current.isPresent() && onlyIfAbsent) {
            throw new VersionConflict("edition " + date + " exists now (version " + current.get().version()
                    + "), made since you read it; read it and save your layout with If-Match");
        }
        if (current.isPresent() && ifMatch == null) {
            throw new PreconditionRequired("edition " + date + " exists: send If-Match with the ETag you read");
        }
        if (current.isPresent() && current.get().version() != ifMatch) {
            throw new VersionConflict("edition " + date + " is at version " + current.get().version() + ", not " + ifMatch);
        }
        if (current.isEmpty() && ifMatch != null) {
            throw new VersionConflict("edition " + date + " does not exist yet; create it without If-Match");
        }
        String now = clock.instant().toString();
        Edition next = current.map(e -> e.revise(clean, now))
                .orElse(new Edition(date, clean.number(), clean.pages(), 1, now, now, null, clean.publishAt()));
        if (clean.publishAt() != null && !Instant.parse(clean.publishAt()).isAfter(clock.instant())
                && !clean.publishAt().equals(current.map(Edition::publishAt).orElse(null))) {
            throw new Invalid(List.of(new FieldError("/publishAt", "is not in the future; to publish now, POST /api/editions/" + date + "/publish")));
        }
        List<String> previouslyPlaced = current.map(Edition::articleIds).orElse(List.of());
        List<String> wanted = next.articleIds();
        List<String> ids = new ArrayList<>(wanted);
        previouslyPlaced.stream().filter(id -> !wanted.contains(id)).forEach(ids::add);
        Map<String, Article> found = articles.findAll(ids);
        List<FieldError> missing = new ArrayList<>();
        for (int p = 0; p < clean.pages().size(); p++) {
            List<String> onPage = clean.pages().get(p).articles();
            for (int a = 0; a < onPage.size(); a++) {
                if (!found.containsKey(onPage.get(a))) {
                    missing.add(new FieldError("/pages/" + p + "/articles/" + a, "no article " + onPage.get(a)));
                }
            }
        }
        missing.addAll(placedElsewhere(date, clean, found));
        if (!missing.isEmpty()) {
            throw new Invalid(missing);
        }
        List<Article> placed = new ArrayList<>();
        for (String id : ids) {
            Article a = found.get(id);
            if (a == null) {
                continue;
            }
            Integer page = next.pageOf(id).orElse(null);
            String edition = page == null ? (date.equals(a.edition()) ? null : a.edition()) : date;
            Integer newPage = page == null ? (date.equals(a.edition()) ? null : a.page()) : page;
            if (!java.util.Objects.equals(edition, a.edition()) || !java.util.Objects.equals(newPage, a.page())) {
                placed.add(a.placed(edition, newPage));
            }
        }
        String scheduled = current.map(Edition::publishAt).orElse(null);
        if (next.publishAt() != null && (!next.publishAt().equals(scheduled) || Instant.parse(next.publishAt()).isAfter(clock.instant()))) {
            // Before the save: a scheduler that fails refuses the save, and a save that then fails leaves a
            // schedule for a time the edition does not ask for, whose run does nothing. The same future time
            // is scheduled again (an upsert): a scheduler that lost it, such as a restarted local stack, has it back.
            scheduler.schedule(date, Instant.parse(next.publishAt()));
        }
        // An embargoed article laid out here goes out when its embargo ends, if the edition is on the site by then.
        found.values().stream().filter(a -> next.pageOf(a.id()).isPresent() && a.embargoedAt(clock.instant()))
                .map(a -> Instant.parse(a.embargoUntil())).distinct().forEach(at -> scheduler.republishAt(date, at));
        editions.save(next, current.map(Edition::version).orElse(0L), placed);
        if (scheduled != null && !scheduled.equals(next.publishAt())) {
            cancelQuietly(date, Instant.parse(scheduled));
        }
        return new Saved(next, current.isEmpty());
    }

    /**
     * After the save the old time's schedule is only clutter: its run finds the edition asking for
     * another time and does nothing. So a failed cancel is logged, not answered as a failed save.
     */
    private void cancelQuietly(String date, Instant at) {
        try {
            scheduler.cancel(date, at);
        } catch (RuntimeException e) {
            LOG.warn("the schedule of edition {} for {} was not cancelled; its run will do nothing", date, at, e);
        }
    }

    /** An article stands in one edition: one still laid out in another must be taken off there first. */
    private List<FieldError> placedElsewhere(String date, EditionInput layout, Map<String, Article> found) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Optional<Edition>> others = new java.util.HashMap<>();
        for (int p = 0; p < layout.pages().size(); p++) {
            List<String> onPage = layout.pages().get(p).articles();
            for (int a = 0; a < onPage.size(); a++) {
                Article article = found.get(onPage.get(a));
                String other = article == null ? null : article.edition();
                if (other == null || other.equals(date)) {
                    continue;
                }
                boolean listed = others.computeIfAbsent(other, editions::find).map(e -> e.articleIds().contains(article.id()))
                        .orElse(false);
                if (listed) {
                    errors.add(new FieldError("/pages/" + p + "/articles/" + a,
                            "article " + article.id() + " is laid out in edition " + other + "; take it off there first"));
                }
            }
        }
        return errors;
    }

    public Edition get(String date) {
        return editions.find(date).orElseThrow(() -> new NotFound("no edition " + date));
    }

    public EditionStore.EditionList list(String from, String to, Integer limit, String cursor) {
        List<FieldError> errors = new ArrayList<>();
        String start = from == null ? "0000-01-01" : ArticleRules.editionDate(errors, "from", from);
        String end = to == null ? "9999-12-31" : ArticleRules.editionDate(errors, "to", to);
        int size = limit == null ? 20 : limit;
        if (size < 1 || size > MAX_LIST) {
            errors.add(new FieldError("limit", "must be between 1 and " + MAX_LIST));
        }
        if (errors.isEmpty() && start.compareTo(end) > 0) {
            // DynamoDB refuses a BETWEEN whose low bound is above its high one (ValidationException).
            errors.add(new FieldError("to", "is before from (" + start + "): the range runs from the earlier date to the later"));
        }
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        return editions.list(start, end, size, cursor);
    }
}
