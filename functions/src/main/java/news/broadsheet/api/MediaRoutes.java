package news.broadsheet.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.broadsheet.http.Access;
import news.broadsheet.http.ApiRequest;
import news.broadsheet.http.ApiResponse;
import news.broadsheet.http.Bodies;
import news.broadsheet.http.Route;
import news.broadsheet.media.MediaService;
import news.broadsheet.media.UploadRequest;

/**
 * {@code POST /api/media} starts a photo upload (201, the record and a signed PUT); {@code GET
 * /api/media/{id}} follows it; {@code DELETE /api/media/{id}} (an editor) deletes one nothing on the site uses.
 */
public final class MediaRoutes {
    private final MediaService media;

    public MediaRoutes(MediaService media) {
        this.media = media;
    }

    public List<Route> routes() {
        return List.of(
                new Route("POST", "/api/media", Access.NEWSROOM, this::start),
                new Route("GET", "/api/media/{id}", Access.NEWSROOM, this::get),
                new Route("DELETE", "/api/media/{id}", Access.EDITORS, this::delete));
    }

    private ApiResponse start(ApiRequest request) {
        MediaService.Started started = media.start(Bodies.json(request, UploadRequest.class), request.principal());
        Map<String, Object> upload = new LinkedHashMap<>();
        upload.put("method", "PUT");
        upload.put("url", started.upload().url());
        upload.put("headers", started.upload().headers());
        upload.put("expiresAt", started.expiresAt());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("media", started.media());
        body.put("upload", upload);
        return ApiResponse.json(201, body).header("location", "/api/media/" + started.media().id());
    }

    /** 204; 409 while a published edition shows the photo; 404 for none. */
    private ApiResponse delete(ApiRequest request) {
        media.delete(request.pathParam("id"), request.principal());
        return ApiResponse.empty(204);
    }

    private ApiResponse get(ApiRequest request) {
        return ApiResponse.json(200, media.get(request.pathParam("id")));
    }
}
