package news.broadsheet.media;

/**
 * One published rendition of a photo: {@code format} is {@code jpeg} or {@code webp}, {@code width}
 * and {@code height} in pixels, {@code bytes} its size, {@code key} its content-hashed key in the site
 * bucket (under {@code media/}); readers fetch it at {@code "/" + key}.
 */
public record MediaVariant(String format, int width, int height, long bytes, String key) {
    public String path() {
        return "/" + key;
    }
}
