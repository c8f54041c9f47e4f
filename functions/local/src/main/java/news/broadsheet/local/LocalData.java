package news.broadsheet.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import news.broadsheet.json.Json;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The local stack's table and site bucket, kept in a folder between runs of {@code make run} (the
 * emulator keeps everything in memory). Saved through the SDK on stop, restored on start:
 * {@code table.jsonl} holds one item per line in DynamoDB's JSON ({"S": …}, {"N": …}, …);
 * {@code bucket.jsonl} holds each object's key, Content-Type and Cache-Control, and {@code bucket/}
 * its bytes. The upload bucket's {@code epaper/} scope (the 版面 PDFs and page images processing
 * made, which the publisher copies into an edition) is kept the same way in {@code uploads.jsonl} and
 * {@code uploads/}; the rest of that bucket is uploads in flight, which expire in AWS anyway. A save
 * goes to a new folder that replaces the old one only when complete.
 */
public final class LocalData {
    private LocalData() {}

    public static boolean exists(Path dir) {
        return Files.isRegularFile(dir.resolve("table.jsonl")) && Files.isRegularFile(dir.resolve("bucket.jsonl"));
    }

    /**
     * What of the upload bucket a save keeps: processing's output and the shelved variants of photos
     * taken off the site (which a republication puts back), not the uploads themselves.
     */
    static final List<String> KEPT_UPLOADS = List.of("epaper/", "photos/");

    /** Writes every item of {@code table} and every object of {@code bucket} to {@code dir}; returns the counts. */
    public static int[] save(DynamoDbClient dynamo, String table, S3Client s3, String bucket, Path dir) throws IOException {
        return save(dynamo, table, s3, bucket, null, dir);
    }

    /** As {@link #save(DynamoDbClient, String, S3Client, String, Path)}, and the {@link #KEPT_UPLOADS} of {@code uploadBucket} when given. */
    public static int[] save(DynamoDbClient dynamo, String table, S3Client s3, String bucket, String uploadBucket, Path dir)
            throws IOException {
        Path next = dir.resolveSibling(dir.getFileName() + ".saving");
        deleteTree(next);
        Files.createDirectories(next.resolve("bucket"));
        int items = 0;
        try (BufferedWriter out = Files.newBufferedWriter(next.resolve("table.jsonl"), StandardCharsets.UTF_8)) {
            for (Map<String, AttributeValue> item : dynamo.scanPaginator(r -> r.tableName(table)).items()) {
                out.write(Json.write(toJson(AttributeValue.fromM(item)).get("M")));
                out.newLine();
                items++;
            }
        }
        int objects = saveObjects(s3, bucket, List.of(""), next, "bucket");
        if (uploadBucket != null) {
            saveObjects(s3, uploadBucket, KEPT_UPLOADS, next, "uploads");
        }
        deleteTree(dir);
        Files.move(next, dir, StandardCopyOption.ATOMIC_MOVE);
        return new int[] {items, objects};
    }

    private static int saveObjects(S3Client s3, String bucket, List<String> prefixes, Path next, String name) throws IOException {
        Path folder = next.resolve(name);
        Files.createDirectories(folder);
        int objects = 0;
        try (BufferedWriter out = Files.newBufferedWriter(next.resolve(name + ".jsonl"), StandardCharsets.UTF_8)) {
            for (String prefix : prefixes) {
                for (S3Object o : s3.listObjectsV2Paginator(r -> r.bucket(bucket).prefix(prefix)).contents()) {
                    saveObject(s3, bucket, o.key(), folder, out);
                    objects++;
                }
            }
        }
        return objects;
    }

    /** Writes one object's bytes under {@code folder} and its headers as a line of {@code out}. */
    private static void saveObject(S3Client s3, String bucket, String key, Path folder, BufferedWriter out) throws IOException {
        var bytes = s3.getObjectAsBytes(r -> r.bucket(bucket).key(key));
        Path file = folder.resolve(key).normalize();
        if (!file.startsWith(folder)) {
            throw new IOException("an object key that leaves the folder: " + key);
        }
        Files.createDirectories(file.getParent());
        Files.write(file, bytes.asByteArray());
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("key", key);
        meta.put("contentType", bytes.response().contentType());
        meta.put("cacheControl", bytes.response().cacheControl());
        meta.put("contentDisposition", bytes.response().contentDisposition());
        out.write(Json.write(meta));
        out.newLine();
    }

    /** Puts the saved items into {@code table} and the saved objects into {@code bucket}; returns the counts. */
    public static int[] restore(Path dir, DynamoDbClient dynamo, String table, S3Client s3, String bucket) throws IOException {
        return restore(dir, dynamo, table, s3, bucket, null);
    }

    /** As {@link #restore(Path, DynamoDbClient, String, S3Client, String)}, and the kept uploads into {@code uploadBucket} (a save made before they were kept has none). */
    public static int[] restore(Path dir, DynamoDbClient dynamo, String table, S3Client s3, String bucket, String uploadBucket)
            throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve("table.jsonl"), StandardCharsets.UTF_8);
        for (String line : lines) {
            Map<String, AttributeValue> item = fromJson(Json.mapper().createObjectNode().set("M", Json.read(line, JsonNode.class))).m();
            dynamo.putItem(r -> r.tableName(table).item(item));
        }
        int objects = restoreObjects(dir, "bucket", s3, bucket);
        if (uploadBucket != null && Files.isRegularFile(dir.resolve("uploads.jsonl"))) {
            restoreObjects(dir, "uploads", s3, uploadBucket);
        }
        return new int[] {lines.size(), objects};
    }

    private static int restoreObjects(Path dir, String name, S3Client s3, String bucket) throws IOException {
        List<String> objects = Files.readAllLines(dir.resolve(name + ".jsonl"), StandardCharsets.UTF_8);
        for (String line : objects) {
            JsonNode meta = Json.read(line, JsonNode.class);
            String key = meta.path("key").asText();
            byte[] bytes = Files.readAllBytes(dir.resolve(name).resolve(key));
            s3.putObject(r -> r.bucket(bucket).key(key).contentType(text(meta, "contentType")).cacheControl(text(meta, "cacheControl"))
                            .contentDisposition(text(meta, "contentDisposition")),
                    RequestBody.fromBytes(bytes));
        }
        return objects.size();
    }

    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static String text(JsonNode meta, String field) {
        return meta.path(field).isTextual() ? meta.path(field).asText() : null;
    }

    /** DynamoDB's JSON form of a value: {"S": "…"}, {"N": "12"}, {"M": {…}}, {"L": […]}, and so on. */
    static ObjectNode toJson(AttributeValue value) {
        ObjectNode node = Json.mapper().createObjectNode();
        switch (value.type()) {
            case S -> node.put("S", value.s());
            case N -> node.put("N", value.n());
            case B -> node.put("B", Base64.getEncoder().encodeToString(value.b().asByteArray()));
            case BOOL -> node.put("BOOL", value.bool());
            case NUL -> node.put("NULL", true);
            case SS -> value.ss().forEach(node.putArray("SS")::add);
            case NS -> value.ns().forEach(node.putArray("NS")::add);
            case BS -> value.bs().forEach(b -> node.withArray("BS").add(Base64.getEncoder().encodeToString(b.asByteArray())));
            case M -> {
                ObjectNode map = node.putObject("M");
                value.m().forEach((k, v) -> map.set(k, toJson(v)));
            }
            case L -> {
                ArrayNode list = node.putArray("L");
                value.l().forEach(v -> list.add(toJson(v)));
            }
            default -> throw new IllegalArgumentException("an attribute type this file format does not know: " + value.type());
        }
        return node;
    }

    static AttributeValue fromJson(JsonNode node) {
        String type = node.fieldNames().next();
        JsonNode v = node.get(type);
        return switch (type) {
            case "S" -> AttributeValue.fromS(v.asText());
            case "N" -> AttributeValue.fromN(v.asText());
            case "B" -> AttributeValue.fromB(SdkBytes.fromByteArray(Base64.getDecoder().decode(v.asText())));
            case "BOOL" -> AttributeValue.fromBool(v.asBoolean());
            case "NULL" -> AttributeValue.fromNul(true);
            case "SS" -> AttributeValue.fromSs(strings(v));
            case "NS" -> AttributeValue.fromNs(strings(v));
            case "BS" -> AttributeValue.fromBs(strings(v).stream()
                    .map(s -> SdkBytes.fromByteArray(Base64.getDecoder().decode(s))).toList());
            case "M" -> {
                Map<String, AttributeValue> map = new LinkedHashMap<>();
                v.fields().forEachRemaining(e -> map.put(e.getKey(), fromJson(e.getValue())));
                yield AttributeValue.fromM(map);
            }
            case "L" -> {
                List<AttributeValue> list = new ArrayList<>();
                v.forEach(e -> list.add(fromJson(e)));
                yield AttributeValue.fromL(list);
            }
            default -> throw new IllegalArgumentException("an attribute type this file format does not know: " + type);
        };
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(e -> out.add(e.asText()));
        return out;
    }
}
