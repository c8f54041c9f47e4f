package news.broadsheet.publish;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import news.broadsheet.article.Article;
import news.broadsheet.article.Block;
import news.broadsheet.article.Status;
import news.broadsheet.edition.Edition;
import news.broadsheet.edition.EditionPage;
import news.broadsheet.text.TextRules;

/**
 * What a publication of an edition would leave out, and why: articles that are drafts, withdrawn
 * or missing, articles under embargo at the publication's time, images with no file (a {@code src} with nothing behind it, or a media id with no
 * photo or a rejected one: the article goes out without them), articles with no text and no photo
 * (never published, even forced), and 版面 with nothing on them; and, in {@code prints}, what needs a look on the
 * 版面' printed pages ({@link PrintNotes}); and, in {@code doubted}, the stories that go out while the
 * importer's doubts about them are still open ({@link Doubted}). {@code GET /api/editions/{date}/preflight}
 * shows it; every publication's result carries it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
// The computed blocks and blocking would otherwise come in the order reflection lists methods, which
// may change from one JVM run to the next: an answer's bytes stay the same for the same report.
@JsonPropertyOrder({"articles", "skipped", "emptyPages", "prints", "doubted", "blocks", "blocking"})
public record Preflight(int articles, List<Skipped> skipped, List<Integer> emptyPages,
                        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<PrintNotes.Note> prints,
                        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Doubted> doubted) {
    public Preflight {
        skipped = skipped == null ? List.of() : List.copyOf(skipped);
        emptyPages = emptyPages == null ? List.of() : List.copyOf(emptyPages);
        prints = prints == null ? List.of() : List.copyOf(prints);
        doubted = doubted == null ? List.of() : List.copyOf(doubted);
    }

    public Preflight(int articles, List<Skipped> skipped, List<Integer> emptyPages) {
        this(articles, skipped, emptyPages, List.of(), List.of());
    }

    /** The same report with what it says of the 版面' printed pages ({@link PrintNotes}), which never blocks. */
    public Preflight withPrints(List<PrintNotes.Note> notes) {
        return new Preflight(articles, skipped, emptyPages, notes, doubted);
    }

    /**
     * A story that goes out (now, or when its embargo ends) while the importer's doubts about it are
     * still open ({@code Article.importDoubts}, in the importer's words): a headline it took from the
     * first sentence, a story that may be an intertitle of the one before. It WARNS and never blocks,
     * one rule for every doubt: {@code ?force=true} means "leave out what cannot go out", and a doubted
     * story is not left out by force, it would go out as it is, so blocking would only add a second
     * yes; and an unattended scheduled publication must not stop at night on a note. The desk's publish
     * confirmation names each one, with a link to it, before the editor's yes.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Doubted(String article, String headline, List<String> doubts) {
        public Doubted {
            doubts = List.copyOf(doubts);
        }
    }

    /** Why something stays off the site, and whether that reason stops a publication unless it is forced. */
    public enum Reason {
        DRAFT("draft", false), WITHDRAWN("withdrawn", false), MISSING("missing", false),
        /** The article would go out without the image and its caption: forced only. */
        IMAGE_WITHOUT_FILE("image-without-file", true),
        /** Ready, but its {@code embargoUntil} has not come: it goes out with the republication at that time. */
        EMBARGOED("embargoed", false),
        /** Nothing to read: never published, not even forced; a forced publication goes out without it. */
        NO_CONTENT("no-content", true);

        private final String wire;
        private final boolean blocks;

        Reason(String wire, boolean blocks) {
            this.wire = wire;
            this.blocks = blocks;
        }

        @JsonValue
        public String wire() {
            return wire;
        }

        /** Whether an article left out for this reason stops the publication without {@code ?force=true}. */
        public boolean blocks() {
            return blocks;
        }
    }

    /** An article that stops the publication unless it is forced: named once, with every reason that blocks, in layout order. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Blocked(String article, String headline, List<Reason> reasons) {
        public Blocked {
            reasons = List.copyOf(reasons);
        }
    }

    /** One thing left out: the article (and its headline, if it exists), the reason, and a sentence. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Skipped(String article, String headline, Reason reason, String detail, String until) {
        public Skipped(String article, String headline, Reason reason, String detail) {
            this(article, headline, reason, detail, null);
        }

        /** Whether this reason stops the publication unless it is forced ({@link Reason#blocks}); in the answer as {@code blocks}. */
        @JsonProperty("blocks")
        public boolean blocks() {
            return reason.blocks();
        }
    }

    /**
     * The report for an edition, as a pure function of its layout, its stored articles, the files
     * their images name and the time of the publication: {@code articles} counts only what would go
     * out then, so an edition whose every article is under embargo counts none and {@link #blocks}.
     */
    public static Preflight of(Edition edition, Map<String, Article> stored, ImageFiles files, Instant now) {
        List<Skipped> skipped = new ArrayList<>();
        List<Doubted> doubted = new ArrayList<>();
        Set<String> out = new HashSet<>();
        for (String id : edition.articleIds()) {
            Article a = stored.get(id);
            if (a == null) {
                skipped.add(new Skipped(id, null, Reason.MISSING, "the layout names an article that does not exist"));
            } else if (a.status() == Status.DRAFT || a.status() == Status.WITHDRAWN) {
                Reason why = a.status() == Status.DRAFT ? Reason.DRAFT : Reason.WITHDRAWN;
                skipped.add(new Skipped(id, a.headline(), why, "the article is " + a.status().wire()));
            } else {
                for (Block b : a.body()) {
                    if (Block.IMAGE.equals(b.type()) && !files.has(b)) {
                        skipped.add(new Skipped(id, a.headline(), Reason.IMAGE_WITHOUT_FILE, files.missing(b)
                                + "; the image and its caption stay out"));
                    }
                }
                if (!hasContent(a, files)) {
                    skipped.add(new Skipped(id, a.headline(), Reason.NO_CONTENT,
                            "the article has no text and no photo; it does not go out, not even with ?force=true"));
                    continue;
                }
                if (!a.importDoubts().isEmpty()) {
                    doubted.add(new Doubted(id, a.headline(), a.importDoubts()));
                }
                if (a.embargoedAt(now)) {
                    skipped.add(new Skipped(id, a.headline(), Reason.EMBARGOED,
                            "under embargo until " + a.embargoUntil() + "; it goes out then on its own", a.embargoUntil()));
                } else {
                    out.add(id);
                }
            }
        }
        List<Integer> empty = edition.pages().stream()
                .filter(p -> p.articles().stream().noneMatch(out::contains)).map(EditionPage::number).toList();
        return new Preflight(out.size(), skipped, empty, List.of(), doubted);
    }

    /**
     * Whether an article has something to read once its images without a file are left out: a
     * paragraph or intertitle with text, or an image with its file. A headline alone, a caption whose
     * photo is missing or a jump line ({@code note}) is not an article readers can read.
     */
    public static boolean hasContent(Article a, ImageFiles files) {
        for (Block b : a.body()) {
            boolean text = (Block.PARAGRAPH.equals(b.type()) || Block.INTERTITLE.equals(b.type()))
                    && !TextRules.isBlank(b.text());
            if (text || Block.IMAGE.equals(b.type()) && b.hasFile() && files.has(b)) {
                return true;
            }
        }
        return false;
    }

    /**
     * An edition that would go out with no article (every one a draft, withdrawn, missing, under
     * embargo or with nothing to read), or with an article {@link #blocking} it, needs {@code ?force=true}
     * (which still never publishes an article with nothing to read). In the answer as {@code blocks}, so
     * a client never repeats the rule.
     */
    @JsonProperty("blocks")
    public boolean blocks() {
        return articles == 0 || !blocking().isEmpty();
    }

    /**
     * The articles that stop the publication, each once however many of its reasons block (an image with no
     * file that leaves nothing to read is both); in the answer as {@code blocking}. Derived from
     * {@code skipped}, so a stored report read back says the same.
     */
    @JsonProperty("blocking")
    public List<Blocked> blocking() {
        Map<String, Blocked> byArticle = new LinkedHashMap<>();
        for (Skipped s : skipped) {
            if (s.blocks()) {
                Blocked seen = byArticle.get(s.article());
                List<Reason> reasons = new ArrayList<>(seen == null ? List.of() : seen.reasons());
                if (!reasons.contains(s.reason())) {
                    reasons.add(s.reason());
                }
                byArticle.put(s.article(), new Blocked(s.article(), s.headline(), reasons));
            }
        }
        return List.copyOf(byArticle.values());
    }
}
