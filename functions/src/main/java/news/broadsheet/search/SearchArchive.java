package news.broadsheet.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.broadsheet.render.RenderedFile;

/**
 * A whole archive's index at once (a static export, or a rebuild): one merged segment per finished
 * month under {@code search/}, and each edition of the latest month in its own segment, exactly as
 * {@link SearchIndex#publish} leaves them. Merged segments cut the requests a query makes from one
 * per edition to one per month.
 */
public final class SearchArchive {
    /** Parent of merged segments: outside any edition, since they serve many. */
    public static final String MERGED_PARENT = "search/";

    private SearchArchive() {}

    /**
     * @param files every segment file, then the directory
     * @param lastEditionBytes what publishing the latest edition wrote: its segment and the directory
     */
    public record Built(SearchDirectory directory, List<RenderedFile> files, long bytes, long lastEditionBytes) {}

    /** @param editions each edition's documents, oldest edition first */
    public static Built build(List<List<SearchDoc>> editions) {
        Map<String, List<List<SearchDoc>>> byMonth = new LinkedHashMap<>();
        for (List<SearchDoc> docs : editions) {
            if (!docs.isEmpty()) {
                byMonth.computeIfAbsent(docs.get(0).date().substring(0, 7), m -> new ArrayList<>()).add(docs);
            }
        }
        SearchDirectory directory = SearchDirectory.empty();
        List<RenderedFile> files = new ArrayList<>();
        List<String> months = new ArrayList<>(byMonth.keySet());
        long lastSegment = 0;
        for (int i = 0; i < months.size(); i++) {
            List<List<SearchDoc>> month = byMonth.get(months.get(i));
            if (i < months.size() - 1) {
                List<SearchDoc> merged = new ArrayList<>();
                for (int e = month.size() - 1; e >= 0; e--) {
                    merged.addAll(month.get(e));
                }
                Segment s = SegmentWriter.write(MERGED_PARENT, merged);
                files.addAll(s.files());
                directory = directory.with(s);
            } else {
                for (List<SearchDoc> edition : month) {
                    Segment s = SegmentWriter.write(SearchIndex.editionParent(edition.get(0).date()), edition);
                    files.addAll(s.files());
                    directory = directory.with(s);
                    lastSegment = s.bytes();
                }
            }
        }
        RenderedFile dir = directory.file();
        files.add(dir);
        long bytes = files.stream().mapToLong(f -> f.bytes().length).sum();
        return new Built(directory, files, bytes, lastSegment + dir.bytes().length);
    }
}
