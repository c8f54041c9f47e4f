package news.broadsheet.local;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import news.broadsheet.epaper.compose.PageComposer;
import news.broadsheet.json.Json;

/**
 * The sample edition's printed 第1版: its stories set by the project's own page composer into a
 * broadsheet PDF, then attached as an editor would (the API's presigned upload) and processed by the
 * media function like any upload, so a newcomer's {@code make run} shows the e-paper at once. Without
 * a CJK TrueType font (Debian's fonts-droid-fallback) the 版面 stays a list and a line says why.
 */
final class SamplePrint {
    private SamplePrint() {}

    /**
     * @param stories the 版面's articles as created: id and the sample's fields
     * @param attach POSTs the upload request and returns the API's answer
     * @param upload stores the bytes at the upload key and runs the media function on it
     */
    static void attach(String date, int page, List<JsonNode> stories, java.util.function.Function<String, JsonNode> attach,
                       BiConsumer<String, byte[]> upload) {
        java.nio.file.Path font;
        try {
            font = PageComposer.cjkFont();
        } catch (IllegalStateException e) {
            System.out.println("The sample's 第" + page + "版 is shown as a list: " + e.getMessage());
            return;
        }
        List<PageComposer.Story> set = new ArrayList<>();
        for (int i = 0; i < stories.size(); i++) {
            JsonNode a = stories.get(i);
            List<String> paragraphs = new ArrayList<>();
            a.path("body").forEach(b -> {
                if (b.path("type").asText().equals("paragraph")) {
                    paragraphs.add(b.path("text").asText());
                }
            });
            set.add(new PageComposer.Story(a.get("id").asText(), text(a, "kicker"), a.get("headline").asText(), text(a, "subheadline"),
                    paragraphs, i == 0 ? 4 : 2, null));
        }
        byte[] pdf = PageComposer.compose(new PageComposer.Page("第" + page + "版", set), font).pdf();
        JsonNode answer = attach.apply(Json.write(Json.mapper().createObjectNode().put("filename", "page" + page + ".pdf")
                .put("size", pdf.length)));
        String path = URI.create(answer.at("/upload/url").asText()).getPath();
        upload.accept(path.substring(path.indexOf('/', 1) + 1), pdf);
    }

    private static String text(JsonNode a, String field) {
        return a.hasNonNull(field) ? a.get(field).asText() : null;
    }
}
