package news.broadsheet.http;

import news.broadsheet.auth.Role;

/**
 * Who may call a route, checked by the {@link Router} before the route runs, so that a new route
 * states its rule where it is declared. Finer rules (a reporter's own drafts) stay in the services.
 */
public enum Access {
    /** Any member of the newsroom: reading, creating articles, importing pages. */
    NEWSROOM(Role.REPORTER, Role.EDITOR),
    /** Editors, and reporters on their own drafts (the service checks whose it is). */
    AUTHORS(Role.REPORTER, Role.EDITOR),
    /** Editors only: deleting, layout, publishing. */
    EDITORS(Role.EDITOR),
    /** Anyone, without a token: only for what is public anyway (the site fallback's 404 page). */
    PUBLIC();

    private final Role[] roles;

    Access(Role... roles) {
        this.roles = roles;
    }

    public Role[] roles() {
        return roles.clone();
    }
}
