package news.broadsheet.importer.eval;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.broadsheet.importer.roles.LineFeatures;
import news.broadsheet.importer.roles.LineRole;
import news.broadsheet.importer.roles.LineRoleModel;
import news.broadsheet.importer.roles.PrintLine;
import news.broadsheet.text.TextRules;

/**
 * {@code make import-model}: counts {@link LineFeatures} per {@link LineRole} on the pages of one
 * corpus month, joined in every {@link CorpusPage.Shape}, and writes the model resource. The labels
 * come from the files: a file's first three lines are its head group, the rest its body.
 *
 * <p>Arguments: the month folder to learn from, the resource file to write, and optionally the shapes
 * to learn from, comma-separated (all by default).
 */
public final class TrainLineRoles {
    /** {@code -Dbroadsheet.roles.logistic=true}: learn a logistic model ({@link LogisticFit}) instead of naive Bayes. */
    static final boolean LOGISTIC = Boolean.getBoolean("broadsheet.roles.logistic");

    private TrainLineRoles() {}

    public static void main(String[] args) throws IOException {
        List<CorpusPage> pages = CorpusPage.month(Path.of(args[0]));
        List<CorpusPage.Shape> shapes = args.length > 2
                ? java.util.Arrays.stream(args[2].split(",")).map(CorpusPage.Shape::valueOf).toList()
                : List.of(CorpusPage.Shape.values());
        int roles = LineRole.values().length;
        long[] starts = new long[roles];
        long[][] transitions = new long[roles][roles];
        Map<String, long[]> counts = new HashMap<>();
        List<List<String>> examples = new ArrayList<>();
        List<Integer> exampleRoles = new ArrayList<>();
        long[] roleCounts = new long[roles];
        for (CorpusPage page : pages) {
            for (CorpusPage.Shape shape : shapes) {
                List<PrintLine> lines = PrintLine.of(shape.join(page));
                List<LineRole> labels = labels(page);
                if (labels.size() != lines.size()) {
                    throw new IllegalStateException(page.name() + " " + shape + ": " + labels.size() + " labels, " + lines.size() + " lines");
                }
                List<List<String>> features = LineFeatures.all(lines, LOGISTIC);
                for (int i = 0; i < lines.size(); i++) {
                    int r = labels.get(i).ordinal();
                    if (i == 0) {
                        starts[r]++;
                    } else {
                        transitions[labels.get(i - 1).ordinal()][r]++;
                    }
                    examples.add(features.get(i));
                    exampleRoles.add(r);
                    roleCounts[r]++;
                    for (String f : features.get(i)) {
                        counts.computeIfAbsent(f, k -> new long[roles])[r]++;
                    }
                }
            }
        }
        Path out = Path.of(args[1]);
        Files.createDirectories(out.getParent());
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            if (LOGISTIC) {
                LogisticFit fit = LogisticFit.fit(examples, exampleRoles, roles);
                LineRoleModel.writeLogistic(w, starts, transitions, roleCounts, fit.bias(), fit.weights());
            } else {
                LineRoleModel.write(w, starts, transitions, counts);
            }
        }
        System.out.println("wrote " + out + ": " + counts.size() + " feature values from " + pages.size() + " pages");
    }

    /** The role of each non-empty line of a page, in order. */
    static List<LineRole> labels(CorpusPage page) {
        List<LineRole> out = new ArrayList<>();
        for (CorpusPage.Story s : page.stories()) {
            List<String> raw = s.rawLines();
            for (int i = 0; i < raw.size(); i++) {
                // Blank as PrintLine reads it: a line of no-break spaces is no line of the page either.
                if (!TextRules.isBlank(raw.get(i))) {
                    out.add(i < 3 ? LineRole.values()[i] : LineRole.BODY);
                }
            }
        }
        return out;
    }
}
