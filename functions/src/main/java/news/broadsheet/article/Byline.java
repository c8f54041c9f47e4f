package news.broadsheet.article;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Who wrote or photographed a story, with the role the paper prints before the name (记者, 通讯员,
 * 摄影 …). A role may stand alone, without a name: 本报评论员 signs for the paper.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Byline(String role, String name) {}
