package news.broadsheet.failure;

import java.util.Locale;
import java.util.Map;

/**
 * More than a limit takes (413). With a measure, the problem also carries {@code size}, {@code limit}
 * and {@code unit} ({@code bytes} or {@code lines}) as RFC 9457 extension members, so a client can say
 * by how much in its own words, and never keeps a second copy of the limit.
 */
public non-sealed class TooLarge extends DomainException {
    /** What a limit counts. */
    public enum Unit { BYTES, LINES }

    private final Map<String, Object> members;

    public TooLarge(String detail) {
        super(detail);
        this.members = Map.of();
    }

    /** {@code size} is what was sent, {@code limit} the most accepted, both in {@code unit}. */
    public TooLarge(String detail, long size, long limit, Unit unit) {
        super(detail);
        this.members = Map.of("size", size, "limit", limit, "unit", unit.name().toLowerCase(Locale.ROOT));
    }

    @Override
    public String title() {
        return "Payload too large";
    }

    @Override
    public Map<String, Object> extensions() {
        return members;
    }
}
