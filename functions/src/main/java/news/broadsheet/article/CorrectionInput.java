package news.broadsheet.article;

/** The body of {@code POST /api/articles/{id}/corrections}: {@code {"type": "correction", "note": "…"}}. */
public record CorrectionInput(String type, String note) {}
