package news.broadsheet.search;

/**
 * One published article as the index knows it.
 *
 * @param url the article's site path ({@code /editions/2026-01-05/articles/abc12345/})
 * @param headline shown as the result's title
 * @param date the edition's date, ISO {@code YYYY-MM-DD}
 * @param page the 版面 label ({@code 第2版 要闻})
 * @param text {@link SearchText#of} the article: what a query must be a substring of (after folding)
 */
public record SearchDoc(String url, String headline, String date, String page, String text) {}
