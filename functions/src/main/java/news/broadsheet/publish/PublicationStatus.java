package news.broadsheet.publish;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/**
 * Where a {@link Publication} job is: queued, running, and then succeeded or failed for good. Its
 * {@link #wire()} name is what the API answers and what a stored job holds ({@code "succeeded"}).
 */
public enum PublicationStatus {
    QUEUED("queued"), RUNNING("running"), SUCCEEDED("succeeded"), FAILED("failed"),
    /**
     * A status a newer version wrote that this one does not know (after a rollback): read as over,
     * so this version neither runs the job nor waits on it ({@link #stored}).
     */
    UNKNOWN("unknown");

    private final String wire;

    PublicationStatus(String wire) {
        this.wire = wire;
    }

    @JsonValue
    public String wire() {
        return wire;
    }

    /** Whether the job is over: nothing will change it again (one in a status this version does not know is left alone). */
    public boolean finished() {
        return this == SUCCEEDED || this == FAILED || this == UNKNOWN;
    }

    /**
     * The status a stored job names: {@link #UNKNOWN} for a name this version does not know, so a job a newer
     * version wrote still reads ("strict on input, lenient on what we stored").
     */
    @JsonCreator
    public static PublicationStatus stored(String wire) {
        return Arrays.stream(values()).filter(v -> v.wire.equals(wire)).findFirst().orElse(UNKNOWN);
    }

    /** @throws IllegalArgumentException for a name no status has */
    public static PublicationStatus of(String wire) {
        return Arrays.stream(values()).filter(s -> s.wire.equals(wire)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no publication status is named " + wire));
    }

    @Override
    public String toString() {
        return wire;
    }
}
