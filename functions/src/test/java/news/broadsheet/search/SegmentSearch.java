package news.broadsheet.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import news.broadsheet.render.RenderedFile;

/** The browser's query algorithm in Java, over a segment's files, to test the format's promise. */
final class SegmentSearch {
    private final Map<String, byte[]> files = new HashMap<>();
    private final Segment segment;

    SegmentSearch(Segment segment) {
        this.segment = segment;
        for (RenderedFile f : segment.files()) {
            files.put(f.key(), f.bytes());
        }
    }

    /** Doc numbers whose folded text contains the folded query, ascending. */
    Set<Integer> find(String query) {
        String q = SearchText.fold(query);
        List<Integer> offsets = new ArrayList<>();
        for (int k = 0; k + 2 <= q.length(); k += 2) {
            offsets.add(k);
        }
        if (q.length() % 2 == 1) {
            offsets.add(q.length() - 2);
        }
        List<Map<Integer, Set<Integer>>> lists = new ArrayList<>();
        for (int k : offsets) {
            lists.add(postings(Bigrams.key(q.charAt(k), q.charAt(k + 1))));
        }
        Set<Integer> found = new TreeSet<>();
        for (var first : lists.get(0).entrySet()) {
            for (int p : first.getValue()) {
                boolean all = true;
                for (int i = 1; i < offsets.size() && all; i++) {
                    Set<Integer> at = lists.get(i).get(first.getKey());
                    all = at != null && at.contains(p + offsets.get(i));
                }
                if (all) {
                    found.add(first.getKey());
                }
            }
        }
        return found;
    }

    private Map<Integer, Set<Integer>> postings(int key) {
        byte[] shard = files.get(segment.path() + "s" + Bigrams.shard(key, segment.shards()) + ".bin");
        int[] at = {0};
        long entries = Varints.read(shard, at);
        long k = 0;
        for (long e = 0; e < entries; e++) {
            k += Varints.read(shard, at);
            long docs = Varints.read(shard, at);
            Map<Integer, Set<Integer>> out = new HashMap<>();
            int doc = 0;
            for (long d = 0; d < docs; d++) {
                doc += (int) Varints.read(shard, at);
                long n = Varints.read(shard, at);
                Set<Integer> positions = new HashSet<>();
                int p = 0;
                for (long i = 0; i < n; i++) {
                    p += (int) Varints.read(shard, at);
                    positions.add(p);
                }
                out.put(doc, positions);
            }
            if (k == Integer.toUnsignedLong(key)) {
                return out;
            }
        }
        return Map.of();
    }

    String text(int doc, int chunk) {
        return new String(files.get(segment.path() + "c" + doc + "-" + chunk + ".txt"), StandardCharsets.UTF_8);
    }
}
