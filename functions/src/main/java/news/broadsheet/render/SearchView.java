package news.broadsheet.render;

/** 搜索: the search page; {@code script} is the hashed path of the search script that fills it in. */
public record SearchView(SiteInfo site, String canonical, String script) {}
