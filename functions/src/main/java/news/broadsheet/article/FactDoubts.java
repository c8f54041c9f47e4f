package news.broadsheet.article;

import java.util.ArrayList;
import java.util.List;

/**
 * Import doubts that state a fact of the draft rather than a judgement, and so are settled by the draft
 * itself: {@link #NO_FILE_YET} stays on an article only as many times as its body has images without a
 * file ({@link Block#hasFile}). The edit that gives a photo its file drops the doubt in the same save,
 * so nobody has to dismiss it as well, and the preflight's {@code doubted} never names a photo that has one.
 */
public final class FactDoubts {
    /** The importer's doubt about an image block it made from a caption or credit, which has no photo yet. */
    public static final String NO_FILE_YET = "image has no file yet: upload the photo (POST /api/media) and set the block's media";

    private FactDoubts() {}

    /**
     * {@code doubts} (null reads as none) with the {@link #NO_FILE_YET} ones beyond the count of images in
     * {@code body} that still have no file left out; every other doubt is kept, in order.
     */
    public static List<String> settle(List<String> doubts, List<Block> body) {
        if (doubts == null) {
            return null;
        }
        long waiting = body == null ? 0 : body.stream().filter(b -> Block.IMAGE.equals(b.type()) && !b.hasFile()).count();
        List<String> out = new ArrayList<>();
        for (String d : doubts) {
            // A stored doubt may have been shortened (ImportedArticle.storable): matched by its opening words.
            if (d.startsWith("image has no file yet") && waiting-- <= 0) {
                continue;
            }
            out.add(d);
        }
        return List.copyOf(out);
    }
}
