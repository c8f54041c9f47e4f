package news.broadsheet.search;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import news.broadsheet.json.Json;
import news.broadsheet.render.RenderedFile;
import news.broadsheet.render.SiteRenderer;

/**
 * Writes a segment's files from its documents (newest edition first, each edition in reading order):
 * <pre>
 *   {path}s{k}.bin           posting shard k (see {@link Postings} for the bytes)
 *   {path}d-{date}.json      that edition's results: [[url, headline, 版面, chunks], …] in doc order
 *   {path}c{doc}-{i}.txt     text chunk i of doc ({@value #CHUNK} UTF-16 units of SearchText, UTF-8)
 * </pre>
 * The browser fetches shards for the query's bigrams, then only the result and chunk files of the
 * results it shows. {@code path} is {@code parent + first 12 hex of SHA-256 over every file} + "/".
 */
public final class SegmentWriter {
    /** Text chunk length for snippets, in UTF-16 units: a snippet costs one small file, not the article. */
    public static final int CHUNK = 512;
    /** Aim for shards about this size: small enough that a query fetches little from each segment. */
    public static final int TARGET_SHARD_BYTES = 2048;
    static final int MAX_SHARDS = 4096;

    private SegmentWriter() {}

    /** @param parent key prefix ending in {@code /}, e.g. {@code editions/2026-01-05/search/} */
    public static Segment write(String parent, List<SearchDoc> docs) {
        Postings postings = new Postings();
        List<Segment.EditionDocs> editions = new ArrayList<>();
        List<Named> files = new ArrayList<>();
        List<List<Object>> results = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            SearchDoc d = docs.get(i);
            postings.add(i, SearchText.fold(d.text()));
            int chunks = 0;
            for (int from = 0; from < d.text().length(); from += CHUNK, chunks++) {
                files.add(new Named("c" + i + "-" + chunks + ".txt",
                        d.text().substring(from, Math.min(d.text().length(), from + CHUNK)).getBytes(StandardCharsets.UTF_8)));
            }
            results.add(List.of(d.url(), d.headline(), d.page(), chunks));
            boolean lastOfEdition = i == docs.size() - 1 || !docs.get(i + 1).date().equals(d.date());
            if (lastOfEdition) {
                int first = i + 1 - results.size();
                editions.add(new Segment.EditionDocs(d.date(), first, results.size()));
                files.add(new Named("d-" + d.date() + ".json", Json.write(results).getBytes(StandardCharsets.UTF_8)));
                results = new ArrayList<>();
            }
        }
        int shards = shardCount(postings.encodedSize());
        byte[][] encoded = postings.encode(shards);
        for (int k = 0; k < shards; k++) {
            files.add(new Named("s" + k + ".bin", encoded[k]));
        }
        String path = parent + hash(files) + "/";
        return new Segment(path, shards, editions, files.stream().map(f -> new RenderedFile(path + f.name, f.bytes)).toList());
    }

    static int shardCount(int bytes) {
        int shards = 1;
        while (shards < MAX_SHARDS && (long) shards * TARGET_SHARD_BYTES < bytes) {
            shards *= 2;
        }
        return shards;
    }

    private static String hash(List<Named> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Named f : files) {
                sha.update(f.name.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(SiteRenderer.sha256(f.bytes).getBytes(StandardCharsets.US_ASCII));
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Named(String name, byte[] bytes) {}
}
