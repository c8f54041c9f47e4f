package news.broadsheet.publish;

import java.util.Map;
import java.util.function.Predicate;
import news.broadsheet.article.Block;
import news.broadsheet.media.Media;
import news.broadsheet.media.MediaState;

/**
 * Whether an image block has a file readers can load, one rule for both ways of naming it: a
 * {@code src} needs its file ({@link Preflights#imageFiles}); a {@code media} id needs a photo that
 * exists and was not rejected (one still being processed shows its caption until it is ready).
 *
 * @param srcExists whether a {@code src} has its file
 * @param photos the media records among the ids the blocks name, by id
 */
public record ImageFiles(Predicate<String> srcExists, Map<String, Media> photos) {
    public ImageFiles {
        photos = Map.copyOf(photos);
    }

    public boolean has(Block image) {
        if (image.media() != null) {
            Media photo = photos.get(image.media());
            return photo != null && photo.state() != MediaState.REJECTED;
        }
        return image.src() != null && !image.src().isBlank() && srcExists.test(image.src());
    }

    /** Why {@code image} has no file, for the preflight's report. */
    public String missing(Block image) {
        if (image.media() != null) {
            Media photo = photos.get(image.media());
            return photo == null ? "no photo " + image.media() + " exists" : "photo " + image.media() + " was rejected (" + photo.reason() + ")";
        }
        return "no file at " + (image.src() == null ? "(no src)" : image.src());
    }
}
