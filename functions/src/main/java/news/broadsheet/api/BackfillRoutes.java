package news.broadsheet.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.broadsheet.backfill.BackfillService;
import news.broadsheet.backfill.NeedsLook;
import news.broadsheet.http.Access;
import news.broadsheet.http.ApiRequest;
import news.broadsheet.http.ApiResponse;
import news.broadsheet.http.Bodies;
import news.broadsheet.http.QueryParams;
import news.broadsheet.http.Route;
import news.broadsheet.importer.ImportService;
import news.broadsheet.importer.PageDecoder;
import news.broadsheet.publish.Publication;
import news.broadsheet.publish.PublishRequests;

/**
 * Bringing back issues online ({@code make backfill}): {@code POST /api/backfill/files} files one
 * archive-dump file (imported as ready stories, laid out on its 版面; the same file again changes
 * nothing), and {@code POST /api/site/refresh} renders the site-wide pages once after a run of
 * back-issue publications, which leave them alone.
 */
public final class BackfillRoutes {
    private final BackfillService backfill;
    private final PublishRequests publishing;

    public BackfillRoutes(BackfillService backfill, PublishRequests publishing) {
        this.backfill = backfill;
        this.publishing = publishing;
    }

    public List<Route> routes() {
        return List.of(new Route("POST", "/api/backfill/files", Access.EDITORS, this::file),
                new Route("POST", "/api/site/refresh", Access.EDITORS, this::refresh));
    }

    private ApiResponse file(ApiRequest request) {
        byte[] bytes = Bodies.bytes(request, "text/plain", ImportRoutes.MAX_IMPORT_BYTES);
        String text = PageDecoder.decode(bytes, Bodies.charsetOf(request.header("content-type")));
        BackfillService.Filed filed = backfill.file(text, QueryParams.text(request, "edition"),
                QueryParams.integer(request, "number"), request.principal());
        ImportService.BackIssue imported = filed.imported();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("edition", filed.edition());
        if (filed.paper() != null) {
            body.put("paper", filed.paper());
        }
        body.put("import", imported.record().location());
        body.put("imported", imported.fresh() != null);
        body.put("published", filed.published());
        body.put("articles", imported.record().articles());
        body.put("pages", filed.pages());
        if (imported.fresh() != null) {
            List<Map<String, Object>> report = new ArrayList<>();
            for (ImportService.ArchiveEntry e : imported.fresh().report()) {
                Map<String, Object> entry = ImportRoutes.entry(e.article().id(), e.article().headline(), e.found(), e.jump());
                entry.put("page", e.page());
                report.add(entry);
            }
            body.put("report", report);
            body.put("unassigned", imported.fresh().unassigned());
            body.put("layout", Map.of("kind", "archive", "evidence", NeedsLook.layoutEvidence(text)));
            body.put("needsLook", NeedsLook.of(text, imported.fresh()));
            body.put("notes", imported.fresh().notes());
        }
        body.put("editionVersion", filed.layout().version());
        return ApiResponse.json(imported.fresh() != null ? 201 : 200, body).header("location", imported.record().location());
    }

    private ApiResponse refresh(ApiRequest request) {
        Publication job = publishing.refresh(request.principal());
        return ApiResponse.json(202, job).header("location", "/api/publications/" + job.id());
    }
}
