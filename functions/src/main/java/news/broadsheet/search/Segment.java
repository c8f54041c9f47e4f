package news.broadsheet.search;

import java.util.List;
import news.broadsheet.render.RenderedFile;

/**
 * One immutable part of the index: the files of a set of editions' documents under {@code path}
 * (which ends in the segment's content hash, so a changed segment is a new path).
 *
 * @param path key prefix of the segment's files, ending in {@code /}
 * @param shards how many posting shards ({@code s0.bin}…), a power of two
 * @param editions which documents belong to which edition, newest first
 * @param files every file of the segment, keys including {@code path}
 */
public record Segment(String path, int shards, List<EditionDocs> editions, List<RenderedFile> files) {

    /** Documents {@code first} … {@code first + count - 1} of a segment are edition {@code date}'s. */
    public record EditionDocs(String date, int first, int count) {}

    public long bytes() {
        return files.stream().mapToLong(f -> f.bytes().length).sum();
    }
}
