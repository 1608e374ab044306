package jp.shiori.bench;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Draws ranks 0..n-1 with probability proportional to 1/(rank+1+offset)^s (Zipf–Mandelbrot): a few very
 * common values and a long tail of rare ones, as words, authors and subjects are in a real catalog. The
 * offset flattens the head, so that the most common value is common, not half of everything.
 */
final class Zipf {

    private final double[] cumulative;

    Zipf(int n, double exponent) {
        this(n, exponent, 0);
    }

    Zipf(int n, double exponent, double offset) {
        if (n < 1) {
            throw new IllegalArgumentException("nothing to draw from");
        }
        cumulative = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += 1.0 / Math.pow(i + 1 + offset, exponent);
            cumulative[i] = sum;
        }
        for (int i = 0; i < n; i++) {
            cumulative[i] /= sum;
        }
    }

    int next(SplittableRandom random) {
        int i = Arrays.binarySearch(cumulative, random.nextDouble());
        return Math.min(i >= 0 ? i + 1 : -i - 1, cumulative.length - 1);
    }

    int size() {
        return cumulative.length;
    }
}
