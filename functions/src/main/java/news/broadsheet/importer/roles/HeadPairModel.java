package news.broadsheet.importer.roles;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Two head lines over a story are 引题 + 主题 ({@code 江城市文化馆—— / 把年味送进千家万户}) or 主题 + 副题
 * ({@code 江城两会开幕 / 王晨出席并讲话}). Without indents or a blank kicker line, only what the two say of
 * each other tells which: how the first ends and the second opens, their lengths, figures, a column
 * name, a dash, a leader at the event. This is a logistic model over those facts of the pair, learned
 * from the corpus's two-line head groups ({@code make import-model}), read once per JVM from a text
 * resource of some tens of kB.
 *
 * <p>Resource format, tab-separated: {@code bias} and then one line per feature, each with a weight for
 * 引题 + 主题 and one for 主题 + 副题.
 */
public final class HeadPairModel {
    public static final String RESOURCE = "/news/broadsheet/importer/head-pairs.tsv";
    private static final Pattern COLUMN = Pattern.compile("[（(][^（()）]{2,14}[）)]$");
    private static final int[] LENGTHS = {4, 6, 8, 10, 12, 14, 16, 19, 22, 26, 30};

    private final double[] bias;
    private final Map<String, double[]> weights;

    HeadPairModel(double[] bias, Map<String, double[]> weights) {
        this.bias = bias;
        this.weights = weights;
    }

    private static final class Holder {
        static final HeadPairModel MODEL = load();
    }

    /** The shipped model. */
    public static HeadPairModel shipped() {
        return Holder.MODEL;
    }

    private static HeadPairModel load() {
        try (InputStream in = HeadPairModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing: make import-model builds it");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            double[] bias = new double[2];
            Map<String, double[]> weights = new HashMap<>();
            String line;
            while ((line = reader.readLine()) != null) {
                String[] f = line.split("\t");
                double[] w = {Double.parseDouble(f[1]), Double.parseDouble(f[2])};
                if (f[0].equals("bias")) {
                    bias = w;
                } else {
                    weights.put(f[0], w);
                }
            }
            return new HeadPairModel(bias, weights);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * log P(引题 + 主题) − log P(主题 + 副题) for two head lines, first over second: positive when the first
     * is a kicker, near 0 when the pair cannot tell.
     */
    public double kickerFirst(String first, String second) {
        double[] z = bias.clone();
        for (String f : features(first.strip(), second.strip())) {
            double[] w = weights.get(f);
            if (w != null) {
                z[0] += w[0];
                z[1] += w[1];
            }
        }
        return z[0] - z[1];
    }

    /** The facts of a pair of head lines the model weighs (the trainer reads the same). */
    public static List<String> features(String a, String b) {
        List<String> f = new ArrayList<>();
        f.add("a.l1=" + tail(a, 1));
        f.add("a.l2=" + tail(a, 2));
        f.add("a.l3=" + tail(a, 3));
        f.add("a.f2=" + head(a, 2));
        f.add("b.f1=" + head(b, 1));
        f.add("b.f2=" + head(b, 2));
        f.add("b.f3=" + head(b, 3));
        f.add("b.l2=" + tail(b, 2));
        f.add("a.len=" + length(a));
        f.add("b.len=" + length(b));
        f.add("longer=" + Integer.signum((a.length() - b.length()) / 3));
        f.add("a.digit=" + digit(a));
        f.add("b.digit=" + digit(b));
        f.add("b.digitFirst=" + (!b.isEmpty() && Character.isDigit(b.charAt(0))));
        f.add("a.lead=" + (a.endsWith("——") || a.endsWith("：") || a.endsWith(":")));
        f.add("b.dash=" + b.startsWith("—"));
        f.add("a.column=" + COLUMN.matcher(a).find());
        f.add("b.column=" + COLUMN.matcher(b).find());
        f.add("b.leader=" + LineFeatures.LEADER.matcher(b).find());
        f.add("a.book=" + a.contains("《"));
        f.add("b.book=" + b.startsWith("《"));
        f.add("a.space=" + space(a));
        f.add("b.space=" + space(b));
        f.add("a.comma=" + a.contains("，"));
        f.add("b.comma=" + b.contains("，"));
        return f;
    }

    /** Writes a model: the intercept and one pair of weights per feature, sorted, so a rebuild is byte for byte. */
    public static void write(Writer out, double[] bias, Map<String, double[]> weights) throws IOException {
        out.write(row("bias", bias));
        for (Map.Entry<String, double[]> e : new TreeMap<>(weights).entrySet()) {
            out.write(row(e.getKey(), e.getValue()));
        }
    }

    private static String row(String key, double[] w) {
        return String.format(Locale.ROOT, "%s\t%.4f\t%.4f%n", key, w[0], w[1]);
    }

    private static String length(String s) {
        int n = s.codePointCount(0, s.length());
        for (int b : LENGTHS) {
            if (n <= b) {
                return "≤" + b;
            }
        }
        return ">30";
    }

    private static boolean digit(String s) {
        return s.chars().anyMatch(Character::isDigit);
    }

    private static boolean space(String s) {
        return s.chars().anyMatch(c -> Character.isWhitespace(c) || c == '\u3000' || c == '\u00a0');
    }

    private static String tail(String s, int n) {
        return s.substring(Math.max(0, s.length() - n));
    }

    private static String head(String s, int n) {
        return s.substring(0, Math.min(n, s.length()));
    }
}
