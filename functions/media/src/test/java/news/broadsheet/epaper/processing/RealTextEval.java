package news.broadsheet.epaper.processing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import news.broadsheet.epaper.ArticleRegion;
import news.broadsheet.epaper.TestPages;
import news.broadsheet.epaper.compose.PageComposer;
import news.broadsheet.epaper.locate.Locator;
import news.broadsheet.epaper.locate.TextGrouping;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The locator scored on real text it was not tuned on: 版面 set by {@code PageComposer} from the
 * articles of one month of a national daily's pages (read at run time from {@code broadsheet.corpus},
 * default {@code ../../shared/corpus/people-daily/2020-01}), each page's stories in the corpus's own
 * page grouping, three columns each (the test pages use four and two), at most five stories of at most
 * four paragraphs. Prints located / laid out and the distribution of IoU against the composer's true
 * text boxes. These pages are composed, not a print system's: no real print PDF is available here.
 * Run with {@code make eval-epaper [PAGES=40]}.
 */
public final class RealTextEval {
    private RealTextEval() {}

    public static void main(String[] args) throws Exception {
        int limit = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        Path corpus = Path.of(System.getProperty("broadsheet.corpus", "../../shared/corpus/people-daily/2020-01"));
        Map<String, List<Path>> pages = new TreeMap<>();
        try (Stream<Path> files = Files.walk(corpus)) {
            files.filter(f -> f.getFileName().toString().matches("\\d{8}-\\d{2}-\\d{2}\\.txt")).sorted().forEach(f -> {
                String name = f.getFileName().toString();
                pages.computeIfAbsent(name.substring(0, 11), k -> new ArrayList<>()).add(f);
            });
        }
        int storiesTotal = 0, located = 0, done = 0, chosen = 0;
        List<Double> ious = new ArrayList<>();
        for (var entry : pages.entrySet()) {
            if (done >= limit) {
                break;
            }
            List<PageComposer.Story> stories = new ArrayList<>();
            for (Path f : entry.getValue()) {
                if (stories.size() == 5) {
                    break;
                }
                List<String> lines = Files.readAllLines(f).stream().map(l -> l.strip().replace("\u3000", "")).filter(l -> !l.isEmpty()).toList();
                if (lines.size() < 2) {
                    continue;
                }
                stories.add(new PageComposer.Story(entry.getKey() + "-" + stories.size(), null, lines.get(0), null,
                        lines.subList(1, Math.min(lines.size(), 5)), 3, null));
            }
            if (stories.size() < 2) {
                continue;
            }
            PageComposer.Composed page;
            try {
                page = TestPages.compose(stories, 0, false);
            } catch (RuntimeException e) {
                System.out.println(entry.getKey() + ": not composed (" + e.getMessage() + ")");
                continue;
            }
            chosen += stories.size();
            List<PageComposer.Story> set = stories.stream().filter(s -> page.truth().containsKey(s.articleId())).toList();
            try (PDDocument doc = Loader.loadPDF(page.pdf())) {
                var blocks = TextGrouping.blocks(TextGrouping.lines(TextLayer.glyphs(doc, doc.getPage(0))));
                Locator.Located out = Locator.locate(blocks, set.stream().map(s -> TestPages.text(s, true)).toList());
                for (PageComposer.Story s : set) {
                    storiesTotal++;
                    var region = out.regions().stream().filter(r -> r.articleId().equals(s.articleId())).findFirst();
                    if (region.isPresent()) {
                        located++;
                        ious.add(TestPages.iou(region.map(ArticleRegion::rects).orElseThrow(), page.truth().get(s.articleId())));
                    }
                }
            }
            done++;
        }
        ious.sort(Double::compare);
        System.out.printf("pages %d; stories chosen %d, set on the page %d; located %d (%.1f%%)%n", done, chosen, storiesTotal, located, 100.0 * located / Math.max(1, storiesTotal));
        if (!ious.isEmpty()) {
            long over = ious.stream().filter(v -> v >= 0.8).count();
            System.out.printf("IoU of located: min %.3f, p10 %.3f, median %.3f, p90 %.3f; >= 0.8: %d of %d (%.1f%%)%n", ious.get(0),
                    ious.get(ious.size() / 10), ious.get(ious.size() / 2), ious.get(ious.size() * 9 / 10), over, ious.size(),
                    100.0 * over / ious.size());
        }
    }
}
