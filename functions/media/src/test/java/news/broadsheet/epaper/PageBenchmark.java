package news.broadsheet.epaper;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import news.broadsheet.epaper.compose.PageComposer;
import news.broadsheet.epaper.locate.Locator;
import news.broadsheet.epaper.processing.PageProcessor;
import news.broadsheet.json.Json;
import news.broadsheet.media.processing.BenchHarness;

/**
 * BENCHMARKS.md's e-paper figures: a broadsheet 版面 PDF (对开, six stories, a photo, about 3 MB)
 * checked, rendered to its six images, read and located in this JVM; median time, peak heap and peak
 * resident memory. With a second argument, a folder, it also writes the page there ({@code page.pdf})
 * and its stories ({@code stories.json}: kicker, headline, subheadline, paragraphs), which the
 * emulator benchmark ({@code EpaperBench}) sends through the media function. Run with {@code make bench-epaper}.
 */
public final class PageBenchmark {
    private PageBenchmark() {}

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        List<PageComposer.Story> stories = new ArrayList<>(TestPages.frontPage(true));
        PageComposer.Story lead = stories.get(0);
        // A photo as a print PDF carries it: a 450 dpi scan over four columns (672 points), 4,200 pixels wide, so the page weighs what a print PDF does.
        stories.set(0, new PageComposer.Story(lead.articleId(), lead.kicker(), lead.headline(), lead.subheadline(), lead.paragraphs(),
                lead.columns(), new PageComposer.Photo(TestPages.photo(4200, 2362, 11), lead.photo().caption())));
        byte[] pdf = TestPages.compose(stories, 0, false).pdf();
        var articles = stories.stream().map(s -> TestPages.text(s, true)).toList();
        System.out.printf("page: %.0f x %.0f points, six stories and a photo, %,d bytes%n", PageComposer.WIDTH, PageComposer.HEIGHT, pdf.length);
        if (args.length > 1) {
            write(Path.of(args[1]), pdf, stories);
        }
        PageProcessor.Processed[] out = new PageProcessor.Processed[1];
        Locator.Located[] located = new Locator.Located[1];
        BenchHarness.measure(runs, () -> {
            out[0] = PageProcessor.process(pdf);
            located[0] = Locator.locate(out[0].blocks(), articles);
        });
        System.out.printf("located %d of %d stories; %d text blocks left unclaimed%n", located[0].regions().size(), articles.size(),
                located[0].report().unclaimed().size());
        for (PageProcessor.Image image : out[0].images()) {
            System.out.printf("  %-9s %-4s %4d x %4d  %,9d bytes%n", image.use().wire(), image.format(), image.width(), image.height(),
                    image.bytes().length);
        }
    }

    private static void write(Path folder, byte[] pdf, List<PageComposer.Story> stories) throws Exception {
        Files.createDirectories(folder);
        Files.write(folder.resolve("page.pdf"), pdf);
        ArrayNode list = Json.mapper().createArrayNode();
        for (PageComposer.Story s : stories) {
            ObjectNode story = list.addObject().put("kicker", s.kicker()).put("headline", s.headline()).put("subheadline", s.subheadline());
            s.paragraphs().forEach(story.putArray("paragraphs")::add);
        }
        Files.writeString(folder.resolve("stories.json"), Json.write(list));
    }
}
