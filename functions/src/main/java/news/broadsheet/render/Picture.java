package news.broadsheet.render;

/**
 * A processed photo as a {@code <picture>} shows it: WebP and JPEG {@code srcset}s (URL and width
 * descriptor pairs), a JPEG fallback {@code src}, the intrinsic {@code width}/{@code height} that
 * reserve its box before it loads, and the {@code sizes} of the slot it fills.
 */
public record Picture(String src, int width, int height, String webpSrcset, String jpegSrcset, String sizes) {}
