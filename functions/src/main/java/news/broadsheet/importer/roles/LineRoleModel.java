package news.broadsheet.importer.roles;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A model of {@link LineRole} over {@link LineFeatures}, and the role-to-role transition costs,
 * decoded over a page with Viterbi so that a page reads as stories: an optional kicker, a headline, an
 * optional subheadline, then body lines. Two kinds: naive Bayes over the plain features (the model of
 * pages with indents or blank lines, where those features decide), and a logistic (maximum entropy)
 * line model over the rich ones, whose posterior divided by the role's prior meets the transitions
 * (a hybrid chain; the model of pages with neither, where a head line and an intertitle differ only in
 * what they say and what surrounds them). Both are trained from a corpus of pages whose files are one
 * story each ({@code make import-model}) and ship as text resources of some tens of kB, read once per
 * JVM in milliseconds.
 *
 * <p>Resource format, tab-separated: {@code start} and {@code trans <from>} lines give log
 * probabilities per role. Naive Bayes: {@code unseen <group>} the log probability of a value of that
 * feature group never seen with a role, and every other line {@code <feature> <log p per role>}.
 * Logistic: {@code prior} the log share of each role, {@code bias} the intercept, and every other line
 * {@code <feature> <weight per role>}.
 */
public final class LineRoleModel {
    public static final String RESOURCE = "/news/broadsheet/importer/line-roles.tsv";
    /** The model of pages with no indents and no blank lines, learned from that rendering alone. */
    public static final String FLAT_RESOURCE = "/news/broadsheet/importer/line-roles-flat.tsv";
    /** The naive Bayes terms are not independent; their sum is damped before it meets the transitions. */
    static final double EMISSION_WEIGHT = Double.parseDouble(System.getProperty("broadsheet.roles.weight", "0.5"));
    private static final int R = LineRole.values().length;

    private final double[] start;
    private final double[][] trans;
    private final Map<String, double[]> features;
    private final Map<String, double[]> unseen;
    /** A logistic model's intercept per role; null for naive Bayes. */
    private double[] bias;
    /** A logistic model's log prior per role (the share of each role among training lines). */
    private double[] prior;
    private double weight = EMISSION_WEIGHT;

    LineRoleModel(double[] start, double[][] trans, Map<String, double[]> features, Map<String, double[]> unseen) {
        this.start = start;
        this.trans = trans;
        this.features = features;
        this.unseen = unseen;
    }

    private static final class Holder {
        static final LineRoleModel MODEL = load(RESOURCE);
    }

    private static final class FlatHolder {
        static final LineRoleModel MODEL = load(FLAT_RESOURCE);
    }

    /** The shipped model. */
    public static LineRoleModel shipped() {
        return Holder.MODEL;
    }

    /** The shipped model of pages with no indents and no blank lines (every line a head line or a paragraph). */
    public static LineRoleModel shippedFlat() {
        return FlatHolder.MODEL;
    }

    static LineRoleModel load(String resource) {
        try (InputStream in = LineRoleModel.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing: make import-model builds it");
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LineRoleModel read(BufferedReader in) throws IOException {
        double[] start = new double[R];
        double[][] trans = new double[R][];
        Map<String, double[]> features = new HashMap<>();
        Map<String, double[]> unseen = new HashMap<>();
        double[] bias = null;
        double[] prior = null;
        String line;
        while ((line = in.readLine()) != null) {
            // The last R tab-separated fields are the numbers; what comes before them names the row.
            double[] v = new double[R];
            int end = line.length();
            for (int r = R - 1; r >= 0; r--) {
                int tab = line.lastIndexOf('\t', end - 1);
                v[r] = number(line, tab + 1, end);
                end = tab;
            }
            String name = line.substring(0, end);
            int tab = name.indexOf('\t');
            String head = tab < 0 ? name : name.substring(0, tab);
            switch (head) {
                case "start" -> System.arraycopy(v, 0, start, 0, R);
                case "trans" -> trans[LineRole.valueOf(name.substring(tab + 1)).ordinal()] = v;
                case "unseen" -> unseen.put(name.substring(tab + 1), v);
                case "bias" -> bias = v;
                case "prior" -> prior = v;
                default -> features.put(name, v);
            }
        }
        LineRoleModel model = new LineRoleModel(start, trans, features, unseen);
        model.bias = bias;
        model.prior = prior;
        if (bias != null) {
            model.weight = 1.0;
        }
        return model;
    }

    /**
     * A number as {@link #row} writes it ({@code -0.123}, {@code 4.500}, or any other form
     * {@link Double#parseDouble} reads): the plain form is read by hand, because a cold JVM parsing
     * some 270,000 of them with {@code parseDouble} took most of the model's 300 ms load.
     */
    static double number(String s, int from, int to) {
        boolean negative = s.charAt(from) == '-';
        long whole = 0;
        long fraction = 0;
        long scale = 1;
        boolean point = false;
        for (int i = negative ? from + 1 : from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '.' && !point) {
                point = true;
            } else if (c >= '0' && c <= '9' && scale < 1_000_000_000L && whole < 1_000_000_000L) {
                if (point) {
                    fraction = fraction * 10 + (c - '0');
                    scale *= 10;
                } else {
                    whole = whole * 10 + (c - '0');
                }
            } else {
                return Double.parseDouble(s.substring(from, to));
            }
        }
        double v = whole + (double) fraction / scale;
        return negative ? -v : v;
    }

    /** Writes a model from counts: role-sequence starts and transitions, and feature counts per role. */
    public static void write(Writer out, long[] starts, long[][] transitions, Map<String, long[]> counts) throws IOException {
        out.write(row("start", logs(starts, 1)));
        for (LineRole from : LineRole.values()) {
            out.write(row("trans\t" + from, logs(transitions[from.ordinal()], 1)));
        }
        Map<String, long[]> perGroup = new HashMap<>();
        Map<String, Integer> values = new HashMap<>();
        counts.forEach((feature, c) -> {
            String group = group(feature);
            long[] total = perGroup.computeIfAbsent(group, g -> new long[R]);
            for (int r = 0; r < R; r++) {
                total[r] += c[r];
            }
            values.merge(group, 1, Integer::sum);
        });
        for (Map.Entry<String, long[]> g : new java.util.TreeMap<>(perGroup).entrySet()) {
            double[] v = new double[R];
            for (int r = 0; r < R; r++) {
                v[r] = Math.log(1.0 / (g.getValue()[r] + values.get(g.getKey()) + 1));
            }
            out.write(row("unseen\t" + g.getKey(), v));
        }
        for (Map.Entry<String, long[]> e : new java.util.TreeMap<>(counts).entrySet()) {
            long[] total = perGroup.get(group(e.getKey()));
            int n = values.get(group(e.getKey()));
            double[] v = new double[R];
            for (int r = 0; r < R; r++) {
                v[r] = Math.log((e.getValue()[r] + 1.0) / (total[r] + n + 1));
            }
            out.write(row(e.getKey(), v));
        }
    }

    /**
     * Writes a logistic (maximum entropy) model: the same starts and transitions, the log prior of each
     * role, the intercept, and one weight per role for every feature value. Decoding divides its
     * posterior by the prior (a hybrid of a discriminative line model and the transitions' chain).
     */
    public static void writeLogistic(Writer out, long[] starts, long[][] transitions, long[] roleCounts, double[] bias,
                                     Map<String, double[]> weights) throws IOException {
        out.write(row("start", logs(starts, 1)));
        for (LineRole from : LineRole.values()) {
            out.write(row("trans\t" + from, logs(transitions[from.ordinal()], 1)));
        }
        out.write(row("prior", logs(roleCounts, 1)));
        out.write(row("bias", bias));
        for (Map.Entry<String, double[]> e : new java.util.TreeMap<>(weights).entrySet()) {
            out.write(row(e.getKey(), e.getValue()));
        }
    }

    private static double[] logs(long[] counts, double smoothing) {
        double total = 0;
        for (long c : counts) {
            total += c + smoothing;
        }
        double[] v = new double[counts.length];
        for (int i = 0; i < counts.length; i++) {
            v[i] = Math.log((counts[i] + smoothing) / total);
        }
        return v;
    }

    private static String row(String key, double[] v) {
        StringBuilder out = new StringBuilder(key);
        for (double d : v) {
            out.append('\t').append(String.format(Locale.ROOT, "%.3f", d));
        }
        return out.append('\n').toString();
    }

    static String group(String feature) {
        int eq = feature.indexOf('=');
        return eq < 0 ? feature : feature.substring(0, eq);
    }

    /** Log likelihood of the line's features under each role (damped, see {@link #EMISSION_WEIGHT}). */
    double[] emission(List<String> lineFeatures) {
        if (bias != null) {
            return logisticEmission(lineFeatures);
        }
        double[] out = new double[R];
        for (String f : lineFeatures) {
            double[] v = features.get(f);
            if (v == null) {
                v = unseen.get(group(f));
            }
            if (v == null) {
                continue;
            }
            for (int r = 0; r < R; r++) {
                out[r] += weight * v[r];
            }
        }
        return out;
    }

    /**
     * For every line, the logistic model's probability, from the line and its surroundings alone (before
     * the chain weighs the page), that it is a head line (引题, 主题 or 副题); null for a naive Bayes model,
     * whose products are no probabilities. Where the decoding and this disagree, the reading is in doubt.
     */
    public double[] headProbability(Page page) {
        if (!logistic()) {
            return null;
        }
        List<List<String>> features = page.features();
        double[] out = new double[features.size()];
        for (int i = 0; i < out.length; i++) {
            double[] e = emission(features.get(i));
            double body = Math.exp(e[LineRole.BODY.ordinal()] / weight + prior[LineRole.BODY.ordinal()]);
            out[i] = 1 - body;
        }
        return out;
    }

    /** A logistic model reads the rich features ({@link LineFeatures#all(List, boolean)}); naive Bayes the plain ones. */
    public boolean logistic() {
        return bias != null;
    }

    /** log P(role | features) − log P(role): the posterior scaled to a likelihood, for the chain. */
    private double[] logisticEmission(List<String> lineFeatures) {
        double[] z = bias.clone();
        for (String f : lineFeatures) {
            double[] v = features.get(f);
            if (v != null) {
                for (int r = 0; r < R; r++) {
                    z[r] += v[r];
                }
            }
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double x : z) {
            max = Math.max(max, x);
        }
        double sum = 0;
        for (double x : z) {
            sum += Math.exp(x - max);
        }
        double log = max + Math.log(sum);
        for (int r = 0; r < R; r++) {
            z[r] = weight * (z[r] - log - prior[r]);
        }
        return z;
    }

    /**
     * How much more likely (a log ratio, damped like the decoding) the model finds roles {@code a}
     * than roles {@code b} for the consecutive lines starting at {@code from}: their emissions and the
     * transitions between them. Near 0 the model cannot tell the two readings apart.
     */
    public double odds(Page page, int from, LineRole[] a, LineRole[] b) {
        double out = 0;
        for (int k = 0; k < a.length; k++) {
            double[] e = emission(page.features().get(from + k));
            out += e[a[k].ordinal()] - e[b[k].ordinal()];
            if (k > 0) {
                out += trans[a[k - 1].ordinal()][a[k].ordinal()] - trans[b[k - 1].ordinal()][b[k].ordinal()];
            }
        }
        return out;
    }

    private static double[] constrained(double[] emission, java.util.Set<LineRole> allowed) {
        if (allowed != null) {
            for (LineRole r : LineRole.values()) {
                if (!allowed.contains(r)) {
                    emission[r.ordinal()] = Double.NEGATIVE_INFINITY;
                }
            }
        }
        return emission;
    }

    /** The most likely role of every line of the page, as one sequence (Viterbi). */
    public LineRole[] decode(List<PrintLine> lines) {
        return decode(page(lines), i -> null);
    }

    /**
     * A page's lines with their features, computed once: the decoding, {@link #odds} and
     * {@link #headProbability} all read them, so no question about one line costs a pass over the page.
     */
    public record Page(List<PrintLine> lines, List<List<String>> features) {}

    /** The page as this model reads it (its kind of features, {@link LineFeatures#all(List, boolean)}). */
    public Page page(List<PrintLine> lines) {
        return new Page(lines, LineFeatures.all(lines, logistic()));
    }

    /**
     * The most likely role of every line of the page, as one sequence (Viterbi), where {@code allowed.apply(i)},
     * when not null, holds the only roles line {@code i} may take: what the rules know for sure (a
     * byline line is body, a notice's title is a headline) shapes the whole sequence around it, not
     * just that one line after the fact.
     */
    public LineRole[] decode(Page page, java.util.function.IntFunction<java.util.Set<LineRole>> allowed) {
        return decode(page, allowed, (i, previous, role) -> 0);
    }

    /** What reading {@code previous} on line {@code i - 1} and {@code role} on line {@code i} costs, as a log-probability (0: nothing). */
    @FunctionalInterface
    public interface Boundary {
        double cost(int i, LineRole previous, LineRole role);
    }

    /** As {@link #decode(Page, java.util.function.IntFunction)}, each pair of neighbouring roles also paying {@code boundary}'s cost. */
    public LineRole[] decode(Page page, java.util.function.IntFunction<java.util.Set<LineRole>> allowed, Boundary boundary) {
        int n = page.lines().size();
        LineRole[] out = new LineRole[n];
        if (n == 0) {
            return out;
        }
        List<List<String>> features = page.features();
        double[][] score = new double[n][R];
        int[][] back = new int[n][R];
        double[] e0 = constrained(emission(features.get(0)), allowed.apply(0));
        for (int r = 0; r < R; r++) {
            score[0][r] = start[r] + e0[r];
        }
        for (int i = 1; i < n; i++) {
            double[] e = constrained(emission(features.get(i)), allowed.apply(i));
            for (int r = 0; r < R; r++) {
                double best = Double.NEGATIVE_INFINITY;
                for (int p = 0; p < R; p++) {
                    double s = score[i - 1][p] + trans[p][r] - boundary.cost(i, LineRole.values()[p], LineRole.values()[r]);
                    if (s > best) {
                        best = s;
                        back[i][r] = p;
                    }
                }
                score[i][r] = best + e[r];
            }
        }
        int best = 0;
        for (int r = 1; r < R; r++) {
            if (score[n - 1][r] > score[n - 1][best]) {
                best = r;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            out[i] = LineRole.values()[best];
            best = back[i][best];
        }
        return out;
    }
}
