package news.broadsheet.article;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import news.broadsheet.auth.Authenticator;
import news.broadsheet.auth.Principal;
import news.broadsheet.auth.Role;
import news.broadsheet.failure.Conflict;
import news.broadsheet.failure.Invalid;
import news.broadsheet.failure.Invalid.FieldError;
import news.broadsheet.failure.NotFound;
import news.broadsheet.failure.VersionConflict;

/**
 * The corrections log of published articles. Only an editor logs an entry, and only on an article
 * readers have seen (it stands in its edition's committed publication): a draft is simply edited.
 * The entry goes out with the next publication of the article's edition, so it is refused while a
 * copy of the article stays on the site in another edition (taken out of that layout, not
 * republished): that copy would keep the uncorrected text.
 */
public final class CorrectionService {
    /** A note is a paragraph, not a second article. */
    public static final int MAX_NOTE = 1_000;
    /** Entries per article; keeps the article's item far below DynamoDB's 400 KB. */
    public static final int MAX_CORRECTIONS = 20;
    /**
     * Reads and conditional writes of one entry: every race lost to another entry is one more entry
     * logged, and the log holds {@link #MAX_CORRECTIONS}, so this many cover every editor logging at
     * once, with room for a few edits and layouts besides.
     */
    static final int ATTEMPTS = MAX_CORRECTIONS + ArticleService.ATTEMPTS;
    /**
     * The most one entry takes in the stored article (UTF-8 JSON): its note at 4 bytes a character
     * (a character outside the BMP; an escaped quote or line break takes 2), and 400 bytes for the
     * rest (number, type, time, the logging editor's id and the JSON around them; about 85 bytes and
     * the id, a 36-character Cognito {@code sub}). 4,400 bytes.
     */
    public static final int MAX_ENTRY_BYTES = MAX_NOTE * 4 + 400;
    /**
     * The most a full log takes in the stored article: {@link #MAX_CORRECTIONS} entries of
     * {@link #MAX_ENTRY_BYTES}, and 100 bytes for the list around them. 88,100 bytes. The store keeps
     * this much room in every article item, so an article it accepted can always take its whole log,
     * ending in a retraction.
     */
    public static final int MAX_LOG_BYTES = MAX_CORRECTIONS * MAX_ENTRY_BYTES + 100;

    /** Millisecond instants of fixed width, so the log's keys sort by time as text. */
    private static final DateTimeFormatter LOGGED_AT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final ArticleStore store;
    private final Function<Article, List<String>> onTheSite;
    private final Clock clock;

    /**
     * @param onTheSite the editions ({@code YYYY-MM-DD}) whose committed publication shows the article:
     *                  every copy of it on the site
     */
    public CorrectionService(ArticleStore store, Function<Article, List<String>> onTheSite, Clock clock) {
        this.store = store;
        this.onTheSite = onTheSite;
        this.clock = clock;
    }

    /**
     * Logs a correction, clarification or retraction.
     *
     * @throws Invalid (422) for an unknown type, an empty or over-long note, or a full log
     * @throws Conflict (409) when the article is not on the site, or is also on it in another edition, or kept
     *     changing through every attempt to log the entry
     * @throws NotFound when there is no such article
     */
    public Correction add(String id, CorrectionInput input, Principal who) {
        Authenticator.require(who, Role.EDITOR);
        List<FieldError> errors = new ArrayList<>();
        CorrectionType type = input == null ? null : CorrectionType.of(input.type()).orElse(null);
        if (type == null) {
            errors.add(new FieldError("/type", "must be correction, clarification or retraction"));
        }
        String note = ArticleRules.text(errors, "/note", input == null ? null : input.note(), MAX_NOTE, true);
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        for (int attempt = 1; ; attempt++) {
            Article current = store.find(id).orElseThrow(() -> new NotFound("no article " + id));
            List<String> shownIn = onTheSite.apply(current);
            List<String> elsewhere = shownIn.stream().filter(d -> !d.equals(current.edition())).toList();
            if (!elsewhere.isEmpty()) {
                throw new Conflict("article " + id + " is also on the site in edition " + String.join(", ", elsewhere)
                        + " (taken out of its layout, not republished); a correction would not reach that copy."
                        + " Republish " + (elsewhere.size() == 1 ? "that edition" : "those editions")
                        + " to take it off there, then log the correction.");
            }
            if (current.edition() == null || !shownIn.contains(current.edition())) {
                throw new Conflict("article " + id + " is not on the site: a correction tells readers what changed in what they"
                        + " read. Edit the article, or publish its edition first.");
            }
            if (current.corrections().size() >= MAX_CORRECTIONS) {
                throw new Invalid(List.of(new FieldError("", "article " + id + " already has " + MAX_CORRECTIONS + " corrections")));
            }
            Correction c = new Correction(current.corrections().size() + 1, type, note.strip(), LOGGED_AT.format(clock.instant()),
                    who.subject());
            try {
                store.update(current.withCorrection(c), current);
                return c;
            } catch (VersionConflict e) {
                // Another write landed between our read and ours (an edit, a layout, another entry): read again.
                // The caller sent no If-Match, so a lost race is never theirs to see as a 412.
                if (attempt == ATTEMPTS) {
                    throw new Conflict("article " + id + " kept changing while the entry was logged (" + ATTEMPTS
                            + " tries); nothing was logged, send it again");
                }
                pause(attempt);
            }
        }
    }

    /**
     * A short, growing, jittered wait before reading again, so that writers who lost to each other
     * do not meet again at once.
     */
    private static void pause(int attempt) {
        try {
            Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(1, 5L * Math.min(attempt, 10)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The article's log, oldest first. */
    public List<Correction> list(String id) {
        return store.find(id).orElseThrow(() -> new NotFound("no article " + id)).corrections();
    }
}
