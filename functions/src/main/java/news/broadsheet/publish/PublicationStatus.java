package news.broadsheet.publish;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/**
 * Where a {@link Publication} job is: queued, running, and then succeeded or failed for good. Its
 * {@link #wire()} name is what the API answers and what a stored job holds ({@code "succeeded"}).
 */
public enum PublicationStatus {
    QUEUED("queued"), RUNNING("running"), SUCCEEDED("succeeded"), FAILED("failed");

    private final String wire;

    PublicationStatus(String wire) {
        this.wire = wire;
    }

    @JsonValue
    public String wire() {
        return wire;
    }

    /** Whether the job is over: nothing will change it again. */
    public boolean finished() {
        return this == SUCCEEDED || this == FAILED;
    }

    /** @throws IllegalArgumentException for a name no status has */
    @JsonCreator
    public static PublicationStatus of(String wire) {
        return Arrays.stream(values()).filter(s -> s.wire.equals(wire)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no publication status is named " + wire));
    }

    @Override
    public String toString() {
        return wire;
    }
}
