package news.broadsheet.importer;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The customer's sample page, read from the shared folder beside the repository (never copied into
 * it). Tests name its paragraphs by position, so that expected values come from the page itself.
 */
final class SeedPage {
    static final String FILE = "000_5d41c8aedcc40f6a.txt";

    final String text;
    final List<String> paragraphs;

    private SeedPage(String text) {
        this.text = text;
        this.paragraphs = PageReader.paragraphs(text);
    }

    static SeedPage load() {
        String dir = System.getProperty("broadsheet.seeds", "../../shared/seeds");
        Path file = Path.of(dir).resolve(FILE);
        assumeTrue(Files.isReadable(file), "the shared seed page " + file + " is not here; skipping the seed tests");
        try {
            return new SeedPage(Files.readString(file));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    String p(int index) {
        return paragraphs.get(index);
    }

    /** The whitespace-separated tokens of a paragraph (bylines print role and name apart). */
    String[] tokens(int index) {
        return p(index).trim().split("\\s+");
    }
}
