package news.broadsheet.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.broadsheet.epaper.PdfRules;
import news.broadsheet.epaper.PrintPage;
import news.broadsheet.epaper.PrintPageService;
import news.broadsheet.epaper.RegionInput;
import news.broadsheet.http.Access;
import news.broadsheet.http.ApiRequest;
import news.broadsheet.http.ApiResponse;
import news.broadsheet.http.Bodies;
import news.broadsheet.http.Preconditions;
import news.broadsheet.http.Route;

/**
 * A 版面's print PDF: {@code POST …/pages/{n}/pdf} starts an upload (201, the record and a signed
 * PUT), {@code GET} follows it, {@code PUT …/pdf/regions/{articleId}} replaces an article's region;
 * {@code GET /api/editions/{date}/page-pdfs} lists the records of the 版面 that have one (200, maybe none).
 */
public final class PrintPageRoutes {
    private static final String PDF = "/api/editions/{date}/pages/{n}/pdf";
    private final PrintPageService pages;

    public PrintPageRoutes(PrintPageService pages) {
        this.pages = pages;
    }

    public List<Route> routes() {
        return List.of(
                new Route("POST", PDF, Access.EDITORS, this::start),
                new Route("GET", PDF, Access.NEWSROOM, this::get),
                new Route("GET", "/api/editions/{date}/page-pdfs", Access.NEWSROOM, this::all),
                new Route("PUT", PDF + "/regions/{articleId}", Access.EDITORS, this::replaceRegion));
    }

    private ApiResponse start(ApiRequest request) {
        PrintPageService.Started started = pages.start(request.pathParam("date"), request.pathParam("n"),
                Bodies.json(request, PdfRules.UploadRequest.class), request.principal());
        Map<String, Object> upload = new LinkedHashMap<>();
        upload.put("method", "PUT");
        upload.put("url", started.upload().url());
        upload.put("headers", started.upload().headers());
        upload.put("expiresAt", started.expiresAt());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("page", started.page());
        body.put("upload", upload);
        return ApiResponse.json(201, body).header("location", location(started.page()))
                .header("etag", Preconditions.etag(started.page().version()));
    }

    private ApiResponse get(ApiRequest request) {
        PrintPage page = pages.get(request.pathParam("date"), request.pathParam("n"));
        return ApiResponse.json(200, page).header("etag", Preconditions.etag(page.version()));
    }

    private ApiResponse all(ApiRequest request) {
        return ApiResponse.json(200, Map.of("items", pages.all(request.pathParam("date"))));
    }

    private ApiResponse replaceRegion(ApiRequest request) {
        long ifMatch = Preconditions.ifMatch(request);
        RegionInput input = Bodies.json(request, RegionInput.class);
        PrintPage page = pages.replaceRegion(request.pathParam("date"), request.pathParam("n"), request.pathParam("articleId"),
                input, ifMatch, request.principal());
        return ApiResponse.json(200, page).header("etag", Preconditions.etag(page.version()));
    }

    private static String location(PrintPage page) {
        return "/api/editions/" + page.date() + "/pages/" + page.page() + "/pdf";
    }
}
