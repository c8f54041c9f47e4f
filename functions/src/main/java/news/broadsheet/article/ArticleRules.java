package news.broadsheet.article;

import java.net.URI;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import news.broadsheet.failure.Invalid;
import news.broadsheet.failure.Invalid.FieldError;
import news.broadsheet.media.MediaKeys;
import news.broadsheet.text.BidiControls;
import news.broadsheet.text.TextRules;

/**
 * The documented limits of an article, and the one place that enforces them. Text is normalised to
 * NFC and otherwise kept as given: a limit is never met by truncating.
 */
public final class ArticleRules {
    public static final int MAX_HEADLINE = 300;
    public static final int MAX_SHORT_TEXT = 300;
    public static final int MAX_COLUMN = 100;
    /** 内容提要: an abstract short enough to sit under a headline in a list. */
    public static final int MAX_SUMMARY = 200;
    public static final int MAX_BYLINES = 20;
    public static final int MAX_ROLE = 20;
    public static final int MAX_NAME = 100;
    public static final int MAX_BLOCKS = 2_000;
    public static final int MAX_BLOCK_TEXT = 20_000;
    public static final int MAX_CAPTION = 1_000;
    public static final int MAX_SRC = 2_048;
    public static final int MAX_TAGS = 30;
    public static final int MAX_TAG = 50;
    public static final int MAX_SLUG = 120;
    public static final int MAX_PAGE = 999;
    /** How many import doubts an article keeps ({@code importDoubts}), and the characters of each. */
    public static final int MAX_IMPORT_DOUBTS = 20;
    public static final int MAX_IMPORT_DOUBT = 500;

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Set<String> BLOCK_TYPES = Set.of(Block.PARAGRAPH, Block.INTERTITLE, Block.IMAGE, Block.NOTE);

    private ArticleRules() {}

    /** Returns the input with every string in NFC, or throws {@link Invalid} listing every broken rule. */
    public static ArticleInput normalise(ArticleInput in) {
        if (in == null) {
            throw new Invalid(List.of(new FieldError("", "the body must be a JSON object")));
        }
        List<FieldError> errors = new ArrayList<>();
        String headline = line(errors, "/headline", in.headline(), MAX_HEADLINE, true);
        String kicker = line(errors, "/kicker", in.kicker(), MAX_SHORT_TEXT, false);
        String subheadline = line(errors, "/subheadline", in.subheadline(), MAX_SHORT_TEXT, false);
        String summary = line(errors, "/summary", in.summary(), MAX_SUMMARY, false);
        String column = line(errors, "/column", in.column(), MAX_COLUMN, false);
        String dateline = line(errors, "/dateline", in.dateline(), MAX_COLUMN, false);
        List<Byline> byline = bylines(errors, in.byline());
        List<Block> body = blocks(errors, in.body());
        String edition = editionDate(errors, "/edition", in.edition());
        if (in.page() != null && (in.page() < 1 || in.page() > MAX_PAGE)) {
            errors.add(new FieldError("/page", "must be between 1 and " + MAX_PAGE));
        }
        List<String> tags = lines(errors, "/tags", in.tags(), MAX_TAGS, MAX_TAG, "tags");
        if (in.slug() != null && (in.slug().length() > MAX_SLUG || !SLUG.matcher(in.slug()).matches())) {
            errors.add(new FieldError("/slug", "must be lower-case letters, digits and single hyphens, at most " + MAX_SLUG));
        }
        String embargoUntil = instantWithOffset(errors, "/embargoUntil", in.embargoUntil());
        List<String> importDoubts = lines(errors, "/importDoubts", in.importDoubts(), MAX_IMPORT_DOUBTS, MAX_IMPORT_DOUBT, "doubts");
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        return in.with(b -> b.headline(headline).kicker(kicker).subheadline(subheadline).summary(summary).column(column).byline(byline)
                .dateline(dateline).body(body).edition(edition).tags(tags).embargoUntil(embargoUntil).importDoubts(importDoubts));
    }

    /**
     * Refuses {@code next} doubts that are not among {@code current} (both normalised): the importer is the
     * only writer of an import doubt, and an edit may only resolve (remove) them. A new article has none.
     */
    public static void resolvedOnly(List<String> current, List<String> next) {
        // As a multiset: an edit may drop doubts, not repeat one.
        java.util.Map<String, Long> left = new java.util.HashMap<>();
        current.forEach(d -> left.merge(d, 1L, Long::sum));
        boolean added = next.stream().anyMatch(d -> left.merge(d, -1L, Long::sum) < 0);
        if (added) {
            throw new Invalid(List.of(new FieldError("/importDoubts",
                    "only the importer adds doubts; an edit may keep or remove them, as read")));
        }
    }


    /**
     * An ISO 8601 date-time with an offset ({@code 2026-11-30T06:00:00+08:00}) inside {@link Dates}'
     * rule, stored as the UTC instant it names; a time without an offset is ambiguous and refused.
     * Null stays null.
     */
    public static String instantWithOffset(List<FieldError> errors, String field, String value) {
        if (value == null) {
            return null;
        }
        java.util.Optional<java.time.Instant> at = Dates.instantWithOffset(value);
        if (at.isEmpty()) {
            errors.add(new FieldError(field, Dates.RULE));
            return null;
        }
        return at.get().toString();
    }

    /** Checks an edition date (YYYY-MM-DD, a real calendar day); null stays null. */
    public static String editionDate(List<FieldError> errors, String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            if (DATE.matcher(value).matches()) {
                return LocalDate.parse(value).toString();
            }
        } catch (DateTimeParseException e) {
            // falls through to the error below
        }
        errors.add(new FieldError(field, "must be a calendar date as YYYY-MM-DD"));
        return value;
    }

    private static List<Byline> bylines(List<FieldError> errors, List<Byline> in) {
        if (in == null) {
            return List.of();
        }
        if (in.size() > MAX_BYLINES) {
            errors.add(new FieldError("/byline", "at most " + MAX_BYLINES + " entries"));
            return in;
        }
        List<Byline> out = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            Byline b = in.get(i);
            if (b == null) {
                errors.add(new FieldError("/byline/" + i, "must be an object with role and name"));
                continue;
            }
            // A role may stand alone (本报评论员 signs for the paper, without a name), and a name may
            // stand alone (a bracketed "(孙丽)" closing a brief prints no role): one of the two is required.
            // A role or name that is sent must say something: a blank one is refused, not dropped.
            out.add(new Byline(line(errors, "/byline/" + i + "/role", b.role(), MAX_ROLE, b.role() != null || b.name() == null),
                    line(errors, "/byline/" + i + "/name", b.name(), MAX_NAME, b.role() == null)));
        }
        return out;
    }

    private static List<Block> blocks(List<FieldError> errors, List<Block> in) {
        if (in == null) {
            return List.of();
        }
        if (in.size() > MAX_BLOCKS) {
            errors.add(new FieldError("/body", "at most " + MAX_BLOCKS + " blocks"));
            return in;
        }
        List<Block> out = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            String at = "/body/" + i;
            Block b = in.get(i);
            if (b == null || b.type() == null || !BLOCK_TYPES.contains(b.type())) {
                errors.add(new FieldError(at + "/type", "must be one of " + String.join(", ", BLOCK_TYPES.stream().sorted().toList())));
                continue;
            }
            if (b.type().equals(Block.IMAGE)) {
                if (b.media() != null && !MediaKeys.ID.matcher(b.media()).matches()) {
                    errors.add(new FieldError(at + "/media", "must be a media id from POST /api/media"));
                }
                if (b.media() != null && b.src() != null) {
                    errors.add(new FieldError(at + "/src", "give either media or src, not both"));
                }
                out.add(new Block(Block.IMAGE, null, imageSource(errors, at + "/src", b.src()),
                        text(errors, at + "/caption", b.caption(), MAX_CAPTION, false),
                        line(errors, at + "/credit", b.credit(), MAX_NAME, false), b.media()));
            } else {
                out.add(new Block(b.type(), text(errors, at + "/text", b.text(), MAX_BLOCK_TEXT, true), null, null, null));
            }
        }
        return out;
    }

    /** An image may wait for its file (an imported caption has none yet); a given src must be safe to link. */
    private static String imageSource(List<FieldError> errors, String field, String src) {
        String value = line(errors, field, src, MAX_SRC, false);
        if (value == null || value.isBlank()) {
            return value;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme();
            // A site path, not a protocol-relative "//host/…" that would load from anywhere.
            boolean sitePath = value.startsWith("/") && !value.startsWith("//");
            if (scheme == null ? sitePath : scheme.equals("https") || scheme.equals("http")) {
                return value;
            }
        } catch (Exception e) {
            // falls through to the error below
        }
        errors.add(new FieldError(field, "must be an http(s) URL or a site path starting with /"));
        return value;
    }

    /** A list of one-line texts ({@link #line}), at most {@code most} of them, each at most {@code max} characters; null is none. */
    private static List<String> lines(List<FieldError> errors, String field, List<String> in, int most, int max, String noun) {
        if (in == null) {
            return List.of();
        }
        if (in.size() > most) {
            errors.add(new FieldError(field, "at most " + most + " " + noun));
            return in;
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            out.add(line(errors, field + "/" + i, in.get(i), max, true));
        }
        return out;
    }


    /**
     * A single line of text: no line breaks or control characters, and no bidi embeddings, overrides
     * or isolates ({@link BidiControls}: a line is always shown next to other text, where one left
     * open would run on), which are dropped rather than refused since they show nothing. The one rule
     * for every one-line text a person reads: headlines, bylines, tags, a colleague's name.
     *
     * @param max the most characters (code points, after NFC)
     * @param required whether a text that shows nothing ({@link TextRules#isBlank}) is an error at {@code field}
     * @return the text to store (NFC, without bidi controls), or null for none
     */
    public static String line(List<FieldError> errors, String field, String value, int max, boolean required) {
        String text = text(errors, field, value, max, required);
        if (text == null) {
            return null;
        }
        singleLineProblem(text).ifPresent(p -> errors.add(new FieldError(field, p)));
        // Dropping a control can join a letter to its accent (e U+202A U+0301): normalised again, what is
        // stored reads back as itself, so a later edit that sends it back unchanged is no change.
        String shown = Normalizer.normalize(BidiControls.strip(text), Normalizer.Form.NFC);
        // An optional line that shows nothing (a lone zero-width space) is no line: stored as none, so no
        // empty kicker or 副题 is printed.
        return shown.isEmpty() || TextRules.isBlank(shown) ? null : shown;
    }

    /** Why {@code text} is not one line (headlines, names, tags, page names), or empty when it is. */
    public static Optional<String> singleLineProblem(String text) {
        // Every line and paragraph separator of Unicode (UAX #14's mandatory breaks), not only \n and \r.
        return text.chars().anyMatch(c -> c == '\n' || c == '\r' || c == '\t' || c == 0x0B || c == 0x0C || c == 0x85
                || c == 0x2028 || c == 0x2029)
                ? Optional.of("must be a single line") : Optional.empty();
    }

    static String text(List<FieldError> errors, String field, String value, int max, boolean required) {
        // A text of only spaces or zero-width characters would print as nothing: it is no text.
        if (TextRules.isBlank(value)) {
            if (required) {
                errors.add(new FieldError(field, "is required"));
            }
            if (value == null || value.isEmpty() || required) {
                return value == null || value.isEmpty() ? null : value;
            }
            // An optional blank text is kept, but within its length and characters like any other.
        }
        String nfc = Normalizer.normalize(value, Normalizer.Form.NFC);
        int length = nfc.codePointCount(0, nfc.length());
        if (length > max) {
            errors.add(new FieldError(field, "is " + length + " characters; at most " + max));
        }
        // Requests were checked as they were read; this catches text from elsewhere (the importer).
        TextRules.problem(nfc).ifPresent(p -> errors.add(new FieldError(field, p)));
        return nfc;
    }
}
