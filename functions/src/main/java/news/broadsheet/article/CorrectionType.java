package news.broadsheet.article;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of entry in an article's corrections log, after Arc XP's typed corrections and the
 * corrections-and-clarifications pages of Newspack papers: a correction fixes a fact, a
 * clarification adds context without saying the text was wrong, a retraction withdraws the story
 * (its page stays, the text struck, so the record of what was said survives).
 */
public enum CorrectionType {
    CORRECTION("correction", "更正"),
    CLARIFICATION("clarification", "说明"),
    RETRACTION("retraction", "撤稿");

    private final String wire;
    private final String label;

    CorrectionType(String wire, String label) {
        this.wire = wire;
        this.label = label;
    }

    /** The name in the API: {@code correction}, {@code clarification} or {@code retraction}. */
    @JsonValue
    public String wire() {
        return wire;
    }

    /** The word readers see (更正, 说明, 撤稿). */
    public String label() {
        return label;
    }

    /**
     * Whether a corrections log withdraws its story: then the text stays on its page only struck,
     * and everywhere else readers meet it (lists, feed, search) it is struck or left out.
     */
    public static boolean retracts(java.util.List<Correction> log) {
        return log.stream().anyMatch(c -> c.type() == RETRACTION);
    }

    public static Optional<CorrectionType> of(String wire) {
        return Arrays.stream(values()).filter(t -> t.wire.equals(wire)).findFirst();
    }

    @com.fasterxml.jackson.annotation.JsonCreator
    static CorrectionType fromJson(String wire) {
        return of(wire).orElseThrow(() -> new IllegalArgumentException("unknown correction type " + wire));
    }
}
