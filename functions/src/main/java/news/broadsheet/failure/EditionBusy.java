package news.broadsheet.failure;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A publication of an edition was asked for while another job of that edition, queued or running,
 * holds it: 409, problem type {@code edition-busy}, with {@code publication} (the holding job's URL)
 * and, for a job still waiting for the publisher to start it, {@code startBy} (ISO-8601 UTC instant)
 * after which, never started, it reads as failed and the edition can be published again.
 */
public final class EditionBusy extends Conflict {
    /**
     * @param publication the holding job's URL ({@code /api/publications/{id}})
     * @param startBy for a queued job, when its wait to start ends; null for one under way
     */
    public EditionBusy(String detail, String publication, String startBy) {
        super(detail, extensions(publication, startBy));
    }

    private static Map<String, Object> extensions(String publication, String startBy) {
        Map<String, Object> ext = new LinkedHashMap<>();
        ext.put("publication", publication);
        if (startBy != null) {
            ext.put("startBy", startBy);
        }
        return ext;
    }

    @Override
    public String title() {
        return "Edition busy";
    }
}
