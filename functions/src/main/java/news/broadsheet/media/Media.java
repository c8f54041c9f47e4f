package news.broadsheet.media;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A photo upload and what became of it. {@code size} is the byte count announced when the upload was
 * requested (the processor refuses any other); {@code width}/{@code height} are of the upright image;
 * {@code variants} are set once processed, {@code rejection}/{@code reason} once rejected, {@code reason} once failed.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Media(String id, String filename, String contentType, long size, MediaState state,
                    Rejection rejection, String reason, Integer width, Integer height, List<MediaVariant> variants,
                    String createdBy, String createdAt, String processedAt) {

    public Media {
        variants = variants == null ? List.of() : List.copyOf(variants);
    }

    public static Media uploaded(String id, String filename, String contentType, long size, String createdBy, String at) {
        return new Media(id, filename, contentType, size, MediaState.UPLOADED, null, null, null, null, List.of(),
                createdBy, at, null);
    }

    public Media processed(int width, int height, List<MediaVariant> variants, String at) {
        return new Media(id, filename, contentType, size, MediaState.PROCESSED, null, null, width, height, variants,
                createdBy, createdAt, at);
    }

    public Media rejected(Rejection rejection, String reason, String at) {
        return new Media(id, filename, contentType, size, MediaState.REJECTED, rejection, reason, null, null, List.of(),
                createdBy, createdAt, at);
    }

    /** Processing broke (an encoder, the site bucket): nothing is shown, and the reason says what broke. */
    public Media failed(String reason, String at) {
        return new Media(id, filename, contentType, size, MediaState.FAILED, null, reason, null, null, List.of(),
                createdBy, createdAt, at);
    }

    @JsonIgnore
    public boolean isProcessed() {
        return state == MediaState.PROCESSED;
    }

    /** The variants of one format, narrowest first. */
    public List<MediaVariant> variants(String format) {
        return variants.stream().filter(v -> v.format().equals(format)).sorted(Comparator.comparingInt(MediaVariant::width)).toList();
    }

    /** The widest variant of a format no wider than {@code maxWidth}, else the narrowest. */
    public Optional<MediaVariant> fitting(String format, int maxWidth) {
        List<MediaVariant> all = variants(format);
        Optional<MediaVariant> fit = all.stream().filter(v -> v.width() <= maxWidth).reduce((a, b) -> b);
        return fit.isPresent() ? fit : all.stream().findFirst();
    }
}
