package news.broadsheet.importer.eval;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import news.broadsheet.importer.roles.HeadPairModel;

/**
 * {@code make import-model}: learns {@link HeadPairModel} from the two-line head groups of one corpus
 * month (a file whose 引题 and 主题 are printed and 副题 is empty, or the other way round), their text
 * read as every import reads it ({@link PageScore#asImported}), and writes the resource.
 *
 * <p>Arguments: the month folder to learn from and the resource file to write.
 */
public final class TrainHeadPairs {
    private TrainHeadPairs() {}

    public static void main(String[] args) throws IOException {
        List<List<String>> examples = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (CorpusPage page : CorpusPage.month(Path.of(args[0]))) {
            for (CorpusPage.Story s : page.stories()) {
                boolean kicker = present(s.kicker());
                boolean sub = present(s.subheadline());
                if (kicker == sub || !present(s.headline())) {
                    continue;
                }
                String first = PageScore.asImported(kicker ? s.kicker() : s.headline()).strip();
                String second = PageScore.asImported(kicker ? s.headline() : s.subheadline()).strip();
                examples.add(HeadPairModel.features(first, second));
                labels.add(kicker ? 0 : 1);
            }
        }
        LogisticFit fit = LogisticFit.fit(examples, labels, 2);
        Path out = Path.of(args[1]);
        Files.createDirectories(out.getParent());
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            HeadPairModel.write(w, fit.bias(), fit.weights());
        }
        System.out.println("wrote " + out + ": " + fit.weights().size() + " feature values from " + examples.size() + " two-line head groups");
    }

    private static boolean present(String line) {
        return line != null && !line.isBlank();
    }
}
