package news.broadsheet.api;

import java.util.List;
import java.util.Map;
import news.broadsheet.failure.BadRequest;
import news.broadsheet.http.Access;
import news.broadsheet.http.ApiRequest;
import news.broadsheet.http.ApiResponse;
import news.broadsheet.http.Bodies;
import news.broadsheet.http.Route;
import news.broadsheet.people.Directory;
import news.broadsheet.people.NewPerson;
import news.broadsheet.people.PeopleService;
import news.broadsheet.people.RoleChange;

/** The newsroom's people: HTTP in, service call, HTTP out. */
public final class PeopleRoutes {
    private final PeopleService people;

    public PeopleRoutes(PeopleService people) {
        this.people = people;
    }

    public List<Route> routes() {
        return List.of(
                new Route("GET", "/api/people", Access.NEWSROOM, this::list),
                new Route("POST", "/api/people", Access.EDITORS, this::add),
                new Route("PATCH", "/api/people/{id}", Access.EDITORS, this::changeRole),
                new Route("DELETE", "/api/people/{id}", Access.EDITORS, this::remove));
    }

    private ApiResponse list(ApiRequest request) {
        return ApiResponse.json(200, Map.of("items", people.list(request.principal())));
    }

    private ApiResponse add(ApiRequest request) {
        Directory.Added added = people.add(Bodies.json(request, NewPerson.class), request.principal());
        // 201 for a new colleague; 200 for one restored, a resource that was there before.
        return ApiResponse.json(added.restored() ? 200 : 201, added.person());
    }

    private ApiResponse changeRole(ApiRequest request) {
        RoleChange change = Bodies.json(request, RoleChange.class);
        if (change == null) {
            throw new BadRequest("a role change is a JSON object such as {\"role\": \"editor\"}");
        }
        return ApiResponse.json(200, people.changeRole(request.pathParam("id"), change, request.principal()));
    }

    private ApiResponse remove(ApiRequest request) {
        people.remove(request.pathParam("id"), request.principal());
        return ApiResponse.empty(204);
    }
}
