package news.broadsheet.api;

import java.util.List;
import news.broadsheet.failure.NotFound;
import news.broadsheet.http.Access;
import news.broadsheet.http.ApiRequest;
import news.broadsheet.http.ApiResponse;
import news.broadsheet.http.Route;
import news.broadsheet.publish.OnSite;
import news.broadsheet.publish.PublishedStore;

/** What of an edition is on the reader site now: HTTP in, the published record's answer out. */
public final class OnSiteRoutes {
    private final PublishedStore published;

    public OnSiteRoutes(PublishedStore published) {
        this.published = published;
    }

    public List<Route> routes() {
        return List.of(new Route("GET", "/api/editions/{date}/on-site", Access.NEWSROOM, this::onSite));
    }

    private ApiResponse onSite(ApiRequest request) {
        String date = request.pathParam("date");
        OnSite onSite = OnSite.of(published, date)
                .orElseThrow(() -> new NotFound("edition " + date + " is not on the site: never published, or taken down"));
        return ApiResponse.json(200, onSite);
    }
}
