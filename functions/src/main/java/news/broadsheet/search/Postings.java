package news.broadsheet.search;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Positional bigram postings of one segment: for each bigram, the documents and the offsets (UTF-16
 * units into the folded text) where it starts. Exact for substring search: a query occurs at p
 * exactly when the bigrams covering it occur at p, p+2, p+4, … (and the last one at p+len-2).
 *
 * <p>Shard bytes: {@code varint entries}, then per bigram in ascending key order
 * {@code varint keyDelta, varint docs} (keys unsigned: first unit × 65536 + second), then per document in ascending order
 * {@code varint docDelta, varint positions, varint positionDelta…} (deltas from the previous value
 * in the same list; the first from 0).
 */
final class Postings {
    private final Map<Integer, int[]> pairs = new HashMap<>();
    private final Map<Integer, Integer> sizes = new HashMap<>();

    /** Documents must be added in ascending doc order. */
    void add(int doc, String foldedText) {
        for (int i = 0; i + 1 < foldedText.length(); i++) {
            char a = foldedText.charAt(i);
            char b = foldedText.charAt(i + 1);
            if (a == SearchText.SEPARATOR || b == SearchText.SEPARATOR) {
                continue;
            }
            int key = Bigrams.key(a, b);
            int size = sizes.getOrDefault(key, 0);
            int[] list = pairs.get(key);
            if (list == null || list.length < size + 2) {
                list = list == null ? new int[4] : Arrays.copyOf(list, list.length * 2);
                pairs.put(key, list);
            }
            list[size] = doc;
            list[size + 1] = i;
            sizes.put(key, size + 2);
        }
    }

    /** The encoded shards, {@code shards} a power of two. */
    byte[][] encode(int shards) {
        Map<Integer, TreeMap<Integer, int[]>> byShard = new HashMap<>();
        pairs.forEach((key, list) -> byShard.computeIfAbsent(Bigrams.shard(key, shards), s -> sorted()).put(key, list));
        byte[][] out = new byte[shards][];
        for (int s = 0; s < shards; s++) {
            out[s] = encodeShard(byShard.getOrDefault(s, sorted()));
        }
        return out;
    }

    /** Bytes of the whole index in one shard: what the shard count is chosen from. */
    int encodedSize() {
        TreeMap<Integer, int[]> all = sorted();
        all.putAll(pairs);
        return encodeShard(all).length;
    }

    /** Keys in unsigned order: a first unit at or above U+8000 (most of CJK) makes the int negative. */
    private static TreeMap<Integer, int[]> sorted() {
        return new TreeMap<>(Integer::compareUnsigned);
    }

    private byte[] encodeShard(TreeMap<Integer, int[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Varints.write(out, entries.size());
        long previousKey = 0;
        for (var e : entries.entrySet()) {
            long key = Integer.toUnsignedLong(e.getKey());
            Varints.write(out, key - previousKey);
            previousKey = key;
            int[] list = e.getValue();
            int size = sizes.get(e.getKey());
            List<int[]> docs = new java.util.ArrayList<>();
            for (int i = 0; i < size; ) {
                int doc = list[i];
                int from = i;
                while (i < size && list[i] == doc) {
                    i += 2;
                }
                docs.add(new int[] {doc, from, i});
            }
            Varints.write(out, docs.size());
            int previousDoc = 0;
            for (int[] d : docs) {
                Varints.write(out, d[0] - previousDoc);
                previousDoc = d[0];
                Varints.write(out, (d[2] - d[1]) / 2);
                int previousPos = 0;
                for (int i = d[1]; i < d[2]; i += 2) {
                    Varints.write(out, list[i + 1] - previousPos);
                    previousPos = list[i + 1];
                }
            }
        }
        return out.toByteArray();
    }
}
