package news.broadsheet.article;

/** Who wrote or photographed a story, with the role the paper prints before the name (记者, 通讯员, 本报评论员, 摄影 …). */
public record Byline(String role, String name) {}
