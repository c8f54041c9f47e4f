package news.broadsheet.failure;

import java.util.Map;

/** The request clashes with what exists (a duplicate import, a running publication); extensions point at what exists. */
public non-sealed class Conflict extends DomainException {
    private final Map<String, Object> extensions;

    public Conflict(String detail) {
        this(detail, Map.of());
    }

    public Conflict(String detail, Map<String, Object> extensions) {
        super(detail);
        this.extensions = Map.copyOf(extensions);
    }

    @Override
    public Map<String, Object> extensions() {
        return extensions;
    }

    @Override
    public String title() {
        return "Conflict";
    }
}
