package news.broadsheet.render;

import java.nio.charset.StandardCharsets;

/** One file of the site: its object key ({@code editions/2026-01-05/index.html}) and its bytes. */
public record RenderedFile(String key, byte[] bytes) {
    public static RenderedFile text(String key, String text) {
        return new RenderedFile(key, text.getBytes(StandardCharsets.UTF_8));
    }
}
