package news.broadsheet.render;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import news.broadsheet.article.Article;
import news.broadsheet.article.Block;
import news.broadsheet.edition.EditionStore.EditionSummary;

/**
 * Renders one fixed edition and the site-wide pages, and prints each file's key and SHA-256. Run in
 * a second JVM by {@link SiteRendererTest}: identical bytes across JVMs (with another default time
 * zone and locale) is what lets the publisher skip unchanged objects.
 */
public final class RenderedDigests {
    private RenderedDigests() {}

    public static void main(String[] args) {
        digests().forEach((key, sha) -> System.out.println(key + "\t" + sha));
    }

    static Map<String, String> digests() {
        SiteRenderer renderer = SiteRenderer.create("城市日报", "https://paper.example", ZoneId.of("Asia/Shanghai"));
        Article one = Fixtures.article("a1", "老街夜市开张", 1, List.of(Block.paragraph("夜市昨晚开张。"), Block.intertitle("人气旺")));
        Article two = Fixtures.article("a2", "社区食堂上新", 2, List.of(Block.image("/media/x.jpg", "食堂", "周明")))
                .asShown("2026-01-05T06:30:00Z");
        EditionContent content = Fixtures.edition(Fixtures.articles(one, two));
        List<RenderedFile> files = new ArrayList<>(renderer.edition(content, null, null));
        files.addAll(renderer.global(content, List.of(new EditionSummary("2026-01-05", 24567, "t"),
                new EditionSummary("2026-01-04", 24566, "t"))));
        Map<String, String> out = new TreeMap<>();
        files.forEach(f -> out.put(f.key(), SiteRenderer.sha256(f.bytes())));
        return out;
    }
}
