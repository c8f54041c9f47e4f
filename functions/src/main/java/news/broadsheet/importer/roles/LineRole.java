package news.broadsheet.importer.roles;

/** What a line of a printed page is: one of the head group's three lines, or a line of the story's body. */
public enum LineRole {
    KICKER, HEADLINE, SUBHEADLINE, BODY;

    public boolean head() {
        return this != BODY;
    }
}
