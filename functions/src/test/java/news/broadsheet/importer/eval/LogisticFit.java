package news.broadsheet.importer.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A multinomial logistic regression over binary features (each a string that is present or not),
 * fitted by AdaGrad on the log loss with an L2 penalty, in a fixed order (seeded shuffle), so the
 * same corpus gives the same weights. Weights whose every role is under {@link #PRUNE} in size are
 * dropped: they change no decision and only grow the resource.
 */
record LogisticFit(double[] bias, Map<String, double[]> weights) {
    static final int EPOCHS = Integer.getInteger("broadsheet.roles.epochs", 12);
    static final double RATE = 0.2;
    static final double L2 = Double.parseDouble(System.getProperty("broadsheet.roles.l2", "1e-5"));
    static final double PRUNE = 0.01;

    static LogisticFit fit(List<List<String>> examples, List<Integer> roles, int r) {
        Map<String, double[]> w = new HashMap<>();
        Map<String, double[]> g2 = new HashMap<>();
        double[] bias = new double[r];
        double[] biasG2 = new double[r];
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            order.add(i);
        }
        Random random = new Random(27);
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            Collections.shuffle(order, random);
            for (int i : order) {
                List<String> x = examples.get(i);
                double[] z = bias.clone();
                for (String f : x) {
                    double[] v = w.get(f);
                    if (v != null) {
                        for (int k = 0; k < r; k++) {
                            z[k] += v[k];
                        }
                    }
                }
                double max = Double.NEGATIVE_INFINITY;
                for (double v : z) {
                    max = Math.max(max, v);
                }
                double sum = 0;
                for (int k = 0; k < r; k++) {
                    z[k] = Math.exp(z[k] - max);
                    sum += z[k];
                }
                double[] grad = new double[r];
                for (int k = 0; k < r; k++) {
                    grad[k] = z[k] / sum - (roles.get(i) == k ? 1 : 0);
                }
                step(bias, biasG2, grad);
                for (String f : x) {
                    double[] v = w.computeIfAbsent(f, k -> new double[r]);
                    double[] g = g2.computeIfAbsent(f, k -> new double[r]);
                    double[] withPenalty = new double[r];
                    for (int k = 0; k < r; k++) {
                        withPenalty[k] = grad[k] + L2 * examples.size() / 1000.0 * v[k];
                    }
                    step(v, g, withPenalty);
                }
            }
        }
        Map<String, double[]> kept = new HashMap<>();
        w.forEach((f, v) -> {
            for (double d : v) {
                if (Math.abs(d) >= PRUNE) {
                    kept.put(f, v);
                    return;
                }
            }
        });
        return new LogisticFit(bias, kept);
    }

    private static void step(double[] v, double[] g2, double[] grad) {
        for (int k = 0; k < v.length; k++) {
            g2[k] += grad[k] * grad[k];
            v[k] -= RATE * grad[k] / Math.sqrt(g2[k] + 1e-8);
        }
    }
}
