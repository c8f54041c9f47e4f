package news.broadsheet.people;

/** A colleague's new role ({@code PATCH /api/people/{id}}): {@code editor} or {@code reporter}, the Cognito group. */
public record RoleChange(String role) {}
