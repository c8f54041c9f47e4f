package news.broadsheet.render;

/** What every page shows of the paper: its name, its public base URL (no trailing slash) and the stylesheet's hashed path. */
public record SiteInfo(String paperName, String baseUrl, String css) {}
