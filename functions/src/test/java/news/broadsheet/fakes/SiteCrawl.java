package news.broadsheet.fakes;

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

/** Follows every internal link of an in-memory site from the front page, as a reader would. */
public final class SiteCrawl {
    private static final Pattern LINK = Pattern.compile("(?:href|src)=\"(/[^\"]*)\"");

    public final Map<String, String> pages = new LinkedHashMap<>();
    public final Set<String> broken = new LinkedHashSet<>();

    public static SiteCrawl of(InMemorySiteBucket site) {
        SiteCrawl crawl = new SiteCrawl();
        Deque<String> queue = new ArrayDeque<>(List.of("index.html", "feed.xml"));
        Set<String> seen = new LinkedHashSet<>();
        while (!queue.isEmpty()) {
            String key = queue.poll();
            if (!seen.add(key)) {
                continue;
            }
            String text = site.text(key);
            if (text == null) {
                crawl.broken.add(key);
                continue;
            }
            crawl.pages.put(key, text);
            if (key.endsWith(".html")) {
                Matcher m = LINK.matcher(text);
                while (m.find()) {
                    String path = withoutQueryOrFragment(m.group(1));
                    if (!path.startsWith("//")) {
                        String linked = SiteUrls.key(path);
                        // Every page links the masthead and the section nav: queue each key once, not once a link.
                        if (!seen.contains(linked)) {
                            queue.add(linked);
                        }
                    }
                }
            }
        }
        return crawl;
    }

    private static String withoutQueryOrFragment(String path) {
        int cut = path.length();
        for (char c : new char[] {'?', '#'}) {
            int at = path.indexOf(c);
            if (at >= 0 && at < cut) {
                cut = at;
            }
        }
        return path.substring(0, cut);
    }

}
