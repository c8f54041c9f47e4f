package news.broadsheet.publish;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/**
 * What a {@link Publication} job was asked to do, as the API answers it and a stored job holds it
 * ({@link #wire()}, such as {@code "take-down"}). A job stored before jobs had a kind has none and
 * is a {@link #PUBLISH} ({@link Publication#is}).
 */
public enum PublicationKind {
    /** Puts the edition on the site from its live layout, with the site-wide pages. */
    PUBLISH("publish"),
    /** Takes the edition off the site. */
    TAKE_DOWN("take-down"),
    /**
     * A back issue put on the site by a backfill: the edition, its neighbours' views and its month, but
     * not the site-wide pages (front page, feed, archive index, sitemap index), left to one
     * {@link #SITE_REFRESH} at the end, so a year of back issues does not rebuild them 365 times.
     */
    BACK_ISSUE("back-issue"),
    /** The site-wide pages rendered again from the published record, no edition touched. */
    SITE_REFRESH("site-refresh"),
    /**
     * An embargo in a published edition has ended: the edition's committed snapshot published again
     * with the articles it held back that are now due, as approved; nothing else of the newsroom's work.
     */
    EMBARGO_END("embargo-end"),
    /**
     * A published edition re-rendered from its committed snapshot with the current design, or the
     * site-wide pages at the end of a rebuild ({@code news.broadsheet.rebuild}): the same article
     * versions, only the bytes that changed uploaded.
     */
    REBUILD("rebuild"),
    /**
     * What a {@link #PUBLISH} of the edition would upload, skip, delete and invalidate, and why, computed
     * by the publisher and kept on the job ({@link Publication#plan}); nothing on the site, in the
     * published record or in the edition's lock is touched.
     */
    DRY_RUN("dry-run"),
    /**
     * A kind a newer version wrote that this one does not know (after a rollback): the job is read
     * and listed, and this version neither runs nor rewrites it ({@link #stored}).
     */
    UNKNOWN("unknown");

    private final String wire;

    PublicationKind(String wire) {
        this.wire = wire;
    }

    @JsonValue
    public String wire() {
        return wire;
    }

    /**
     * The kind a stored job names: {@link #UNKNOWN} for a name this version does not know, so a job a newer
     * version wrote still reads ("strict on input, lenient on what we stored").
     */
    @JsonCreator
    public static PublicationKind stored(String wire) {
        return Arrays.stream(values()).filter(v -> v.wire.equals(wire)).findFirst().orElse(UNKNOWN);
    }

    /** @throws IllegalArgumentException for a name no kind has */
    public static PublicationKind of(String wire) {
        return Arrays.stream(values()).filter(k -> k.wire.equals(wire)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no publication kind is named " + wire));
    }

    @Override
    public String toString() {
        return wire;
    }
}
