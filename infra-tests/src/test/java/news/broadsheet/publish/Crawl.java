package news.broadsheet.publish;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.broadsheet.render.SiteUrls;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/** Follows every internal link of the site in the bucket from the front page, as a reader (or a search engine) would. */
final class Crawl {
    private static final Pattern LINK = Pattern.compile("(?:href|src)=\"(/[^\"]*)\"");

    final Map<String, String> pages = new LinkedHashMap<>();
    final Set<String> broken = new LinkedHashSet<>();
    final Set<String> visited = new LinkedHashSet<>();

    static Crawl from(S3Client s3, String bucket, String startKey) {
        return from(s3, bucket, List.of(startKey));
    }

    /**
     * From every page the bucket lists, reachable from the front page or not (a URL someone kept, a
     * search engine's copy): its {@link #broken} names every link, on any page a reader can open, to
     * a page that does not exist.
     */
    static Crawl everyListedPage(S3Client s3, String bucket) {
        List<String> keys = s3.listObjectsV2Paginator(r -> r.bucket(bucket)).contents().stream()
                .map(software.amazon.awssdk.services.s3.model.S3Object::key).filter(k -> k.endsWith(".html")).toList();
        return from(s3, bucket, keys);
    }

    private static Crawl from(S3Client s3, String bucket, List<String> startKeys) {
        Crawl crawl = new Crawl();
        Deque<String> queue = new ArrayDeque<>(startKeys);
        while (!queue.isEmpty()) {
            String key = queue.poll();
            if (!crawl.visited.add(key)) {
                continue;
            }
            byte[] bytes;
            try {
                bytes = s3.getObjectAsBytes(r -> r.bucket(bucket).key(key)).asByteArray();
            } catch (NoSuchKeyException e) {
                crawl.broken.add(key);
                continue;
            }
            if (key.endsWith(".html")) {
                String html = new String(bytes, StandardCharsets.UTF_8);
                crawl.pages.put(key, html);
                Matcher m = LINK.matcher(html);
                while (m.find()) {
                    String path = m.group(1).replaceAll("[?#].*$", "");
                    if (!path.startsWith("//")) {
                        queue.add(SiteUrls.key(path));
                    }
                }
            }
        }
        return crawl;
    }
}
