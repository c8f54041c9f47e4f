package news.broadsheet.article;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One block of an article body, in reading order. Which fields a block carries depends on its
 * {@code type}: {@code paragraph}, {@code intertitle} and {@code note} have {@code text};
 * {@code image} has {@code src}, {@code caption} and {@code credit}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Block(String type, String text, String src, String caption, String credit) {
    public static final String PARAGRAPH = "paragraph";
    public static final String INTERTITLE = "intertitle";
    public static final String IMAGE = "image";
    public static final String NOTE = "note";

    public static Block paragraph(String text) {
        return new Block(PARAGRAPH, text, null, null, null);
    }

    public static Block intertitle(String text) {
        return new Block(INTERTITLE, text, null, null, null);
    }

    public static Block note(String text) {
        return new Block(NOTE, text, null, null, null);
    }

    public static Block image(String src, String caption, String credit) {
        return new Block(IMAGE, null, src, caption, credit);
    }
}
