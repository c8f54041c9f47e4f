package news.broadsheet.render;

/**
 * What a reader gets, with 404, at {@code /archive/YYYY-MM/} for a month with no edition on the site:
 * its only editions taken down, or none ever published. {@code month} is its label, {@code 2025年12月}.
 */
public record EmptyMonthView(SiteInfo site, String month) {}
