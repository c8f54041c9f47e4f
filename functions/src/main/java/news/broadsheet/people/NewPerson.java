package news.broadsheet.people;

/** A colleague to add: a name to show, the e-mail they sign in with, and their role ({@code editor} or {@code reporter}). */
public record NewPerson(String name, String email, String role) {}
