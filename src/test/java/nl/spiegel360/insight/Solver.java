package nl.spiegel360.insight;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The attacker's arithmetic: whether a set of people is a combination (with any coefficients) of published sets,
 * so that every figure that adds up over people (how many at or above the norm, at each level, the sum of gaps) of
 * the set follows from the published ones. Gaussian elimination over the integers modulo a large prime, which for
 * sets of a few hundred people agrees with the rationals.
 */
final class Solver {

    private static final long P = 1_000_000_007L;

    private Solver() {
    }

    static boolean inSpan(List<Long> target, List<List<Long>> published) {
        Map<Long, Integer> index = new HashMap<>();
        published.forEach(set -> set.forEach(m -> index.putIfAbsent(m, index.size())));
        for (long m : target) {
            if (!index.containsKey(m)) {
                return false;
            }
        }
        int n = index.size();
        List<long[]> basis = new ArrayList<>();
        List<Integer> pivots = new ArrayList<>();
        for (List<Long> set : published) {
            long[] row = vector(set, index, n);
            reduce(row, basis, pivots);
            int pivot = firstNonZero(row);
            if (pivot >= 0) {
                long inverse = power(row[pivot], P - 2);
                for (int i = 0; i < n; i++) {
                    row[i] = row[i] * inverse % P;
                }
                basis.add(row);
                pivots.add(pivot);
            }
        }
        long[] t = vector(target, index, n);
        reduce(t, basis, pivots);
        return firstNonZero(t) < 0;
    }

    private static long[] vector(List<Long> set, Map<Long, Integer> index, int n) {
        long[] v = new long[n];
        set.forEach(m -> v[index.get(m)] = 1);
        return v;
    }

    private static void reduce(long[] row, List<long[]> basis, List<Integer> pivots) {
        for (int b = 0; b < basis.size(); b++) {
            int pivot = pivots.get(b);
            long factor = row[pivot];
            if (factor != 0) {
                long[] base = basis.get(b);
                for (int i = 0; i < row.length; i++) {
                    row[i] = Math.floorMod(row[i] - factor * base[i] % P, P);
                }
            }
        }
    }

    private static int firstNonZero(long[] row) {
        for (int i = 0; i < row.length; i++) {
            if (row[i] != 0) {
                return i;
            }
        }
        return -1;
    }

    private static long power(long base, long exponent) {
        long result = 1;
        long b = base % P;
        long e = exponent;
        while (e > 0) {
            if ((e & 1) == 1) {
                result = result * b % P;
            }
            b = b * b % P;
            e >>= 1;
        }
        return result;
    }
}
