package news.broadsheet.render;

/** A link with its visible text. */
public record Link(String href, String label) {}
