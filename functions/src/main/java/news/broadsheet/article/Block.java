package news.broadsheet.article;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One block of an article body, in reading order. Which fields a block carries depends on its
 * {@code type}: {@code paragraph}, {@code intertitle} and {@code note} have {@code text};
 * {@code image} has {@code caption}, {@code credit} and its file: {@code media} (the id of an uploaded
 * photo, shown from its processed variants) or {@code src} (a URL hosted elsewhere), or neither yet.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Block(String type, String text, String src, String caption, String credit, String media) {
    public static final String PARAGRAPH = "paragraph";
    public static final String INTERTITLE = "intertitle";
    public static final String IMAGE = "image";
    public static final String NOTE = "note";

    public Block(String type, String text, String src, String caption, String credit) {
        this(type, text, src, caption, credit, null);
    }

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
        return new Block(IMAGE, null, src, caption, credit, null);
    }

    /** An image shown from an uploaded photo's variants. */
    public static Block photo(String media, String caption, String credit) {
        return new Block(IMAGE, null, null, caption, credit, media);
    }

    /** Whether an image block names its file (a media id or a URL); an imported caption waits for one. */
    public boolean hasFile() {
        return (media != null && !media.isBlank()) || (src != null && !src.isBlank());
    }
}
