package news.broadsheet.failure;

import java.util.Map;

/**
 * Publishing the edition now would put out an empty edition or pages with missing images; the
 * problem carries the preflight {@code report}, and {@code ?force=true} publishes anyway. Without a
 * report (null) it is a refusal no force overrides, such as an edition dated after tomorrow.
 */
public non-sealed class Unpublishable extends DomainException {
    private final Object report;

    public Unpublishable(String detail, Object report) {
        super(detail);
        this.report = report;
    }

    /** What the preflight said: the report the refusal carries. */
    public Object report() {
        return report;
    }

    @Override
    public String title() {
        return "Edition not ready to publish";
    }

    @Override
    public Map<String, Object> extensions() {
        return report == null ? Map.of() : Map.of("report", report);
    }
}
