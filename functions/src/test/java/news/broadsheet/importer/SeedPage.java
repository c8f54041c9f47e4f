package news.broadsheet.importer;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The customer's sample page, read from the shared folder beside the repository (never copied into
 * it). Tests name its paragraphs by position, so that expected values come from the page itself; the
 * paragraphs are cut here, at blank lines, not by the importer under test. Under {@code CI=true} a
 * missing page fails the run instead of skipping it, so a CI that lost the folder cannot go green.
 */
final class SeedPage {
    static final String FILE = "000_5d41c8aedcc40f6a.txt";

    final String text;
    final List<String> paragraphs;

    private SeedPage(String text) {
        this.text = text;
        this.paragraphs = Arrays.stream(text.replace("\r\n", "\n").split("\n[ \t\u3000]*\n"))
                .map(p -> p.replace("\n", "").strip())
                .filter(p -> !p.isEmpty())
                .toList();
    }

    static SeedPage load() {
        return new SeedPage(read(FILE));
    }

    /** A file of the shared seed folder ({@code -Dbroadsheet.seeds}, by default {@code ../shared/seeds} beside the project). */
    static String read(String name) {
        String dir = System.getProperty("broadsheet.seeds", "../../shared/seeds");
        Path file = Path.of(dir).resolve(name);
        if (!Files.isReadable(file)) {
            String why = "the shared seed page " + file + " is not here";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(why + " (CI=true: the seed tests must run in CI)");
            }
            assumeTrue(false, why + "; skipping the seed tests");
        }
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    String p(int index) {
        return paragraphs.get(index);
    }

    /** The whitespace-separated tokens of a paragraph (bylines print role and name apart). */
    String[] tokens(int index) {
        return p(index).trim().split("[\\s\u3000]+");
    }
}
