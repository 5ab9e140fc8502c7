package nl.spiegel360.quality;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.spiegel360.aggregation.RaterGroup;
import org.jspecify.annotations.Nullable;

/**
 * How well a profile's indicators and rater groups work, from submitted questionnaires, as
 * {@code src/docs/instrument-quality.md} specifies every figure: per indicator the answers, the can't-judge rate,
 * mean, spread, the share of the most frequent answer and the corrected item–total correlation; per competency
 * Cronbach's alpha; per rater group ICC(1), ICC(1,k) and the raters a reliable result needs. Plain Java: no figure
 * is computed from fewer questionnaires or employees than the minimums, and nothing here changes any result.
 *
 * <p>Longer than 300 lines: the figures of one specification over the same questionnaires (items, competencies,
 * groups and the raters' habits), which share their arithmetic (mean, variance, correlation); the raters' habits
 * would be the part to move out should it grow.
 */
public final class InstrumentStatistics {

    /** Can't-judge rate above which an indicator is flagged. */
    public static final double CANT_JUDGE_FLAG = 0.30;
    /** Corrected item–total correlation below which an indicator is flagged. */
    public static final double ITEM_TOTAL_FLAG = 0.20;
    /** Standard deviation at or below which an indicator's answers count as all alike. */
    public static final double NO_SPREAD_FLAG = 0.25;
    /** The reliability a group's mean should reach, for the raters it needs (Spearman–Brown). */
    public static final double TARGET_RELIABILITY = 0.70;

    private InstrumentStatistics() {
    }

    /** A competency of the profile revision and its indicators, in order. */
    public record Competency(String id, List<String> indicators) {
    }

    /**
     * One submitted questionnaire: whose review, the rater's group, and per indicator asked the score, or null for
     * "can't judge". An indicator the questionnaire did not hold is absent.
     */
    public record Questionnaire(String employee, @Nullable String rater, RaterGroup group,
            Map<String, @Nullable Integer> scores) {

        public Questionnaire(String employee, RaterGroup group, Map<String, @Nullable Integer> scores) {
            this(employee, null, group, scores);
        }
    }

    /** The fewest questionnaires for item figures and alpha, and employees (with 2+ raters of a group) for ICC. */
    public record Minimums(int questionnaires, int employees) {
        public static final Minimums DEFAULT = new Minimums(30, 10);
    }

    public enum Flag { CANT_JUDGE, LOW_ITEM_TOTAL, NO_SPREAD }

    public record Item(String indicator, int asked, int scored, @Nullable Double cantJudgeRate, @Nullable Double mean,
            @Nullable Double sd, @Nullable Double modalShare, @Nullable Double itemTotal, Set<Flag> flags) {
    }

    public record CompetencyQuality(String competency, int complete, @Nullable Double alpha, List<Item> items) {
    }

    public record GroupReliability(RaterGroup group, int employees, int raters, @Nullable Double icc1,
            @Nullable Double icc1k, @Nullable Double meanRaters, @Nullable Integer ratersNeeded) {
    }

    public record Result(int questionnaires, List<CompetencyQuality> competencies, List<GroupReliability> groups) {
    }

    /** The groups whose answers the figures read: every group but the employee's own view of themselves. */
    static final Set<RaterGroup> READ = EnumSet.complementOf(EnumSet.of(RaterGroup.SELF));

    public static Result of(List<Competency> profile, List<Questionnaire> all, Minimums min) {
        List<Questionnaire> read = all.stream().filter(q -> READ.contains(q.group())).toList();
        List<CompetencyQuality> competencies = new ArrayList<>();
        for (Competency c : profile) {
            competencies.add(competency(c, read, min));
        }
        List<GroupReliability> groups = new ArrayList<>();
        for (RaterGroup g : RaterGroup.ANONYMOUS) {
            groups.add(group(g, profile, read, min));
        }
        return new Result(read.size(), competencies, groups);
    }

    private static CompetencyQuality competency(Competency c, List<Questionnaire> read, Minimums min) {
        // the questionnaires that scored every indicator of the competency (listwise: see the specification)
        List<double[]> complete = new ArrayList<>();
        for (Questionnaire q : read) {
            double[] row = new double[c.indicators().size()];
            boolean whole = true;
            for (int i = 0; i < row.length && whole; i++) {
                Integer s = q.scores().get(c.indicators().get(i));
                if (s == null) {
                    whole = false;
                } else {
                    row[i] = s;
                }
            }
            if (whole) {
                complete.add(row);
            }
        }
        boolean enough = complete.size() >= min.questionnaires();
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < c.indicators().size(); i++) {
            items.add(item(c.indicators().get(i), i, read, complete, enough, min));
        }
        return new CompetencyQuality(c.id(), complete.size(), enough ? alpha(complete) : null, List.copyOf(items));
    }

    private static Item item(String indicator, int index, List<Questionnaire> read, List<double[]> complete,
            boolean enoughComplete, Minimums min) {
        int asked = 0;
        List<Integer> scores = new ArrayList<>();
        for (Questionnaire q : read) {
            if (q.scores().containsKey(indicator)) {
                asked++;
                Integer s = q.scores().get(indicator);
                if (s != null) {
                    scores.add(s);
                }
            }
        }
        if (asked < min.questionnaires()) {
            return new Item(indicator, asked, scores.size(), null, null, null, null, null, Set.of());
        }
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        double cantJudge = (asked - scores.size()) / (double) asked;
        if (cantJudge > CANT_JUDGE_FLAG + 1e-12) {
            flags.add(Flag.CANT_JUDGE);
        }
        Double mean = null;
        Double sd = null;
        Double modal = null;
        if (scores.size() >= 2) {
            double[] x = scores.stream().mapToDouble(Integer::doubleValue).toArray();
            mean = mean(x);
            sd = Math.sqrt(variance(x));
            Map<Integer, Integer> counts = new HashMap<>();
            scores.forEach(s -> counts.merge(s, 1, Integer::sum));
            modal = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0) / (double) scores.size();
            if (sd <= NO_SPREAD_FLAG + 1e-12) {
                flags.add(Flag.NO_SPREAD);
            }
        }
        Double itemTotal = null;
        if (enoughComplete && complete.getFirst().length >= 2) {
            double[] item = new double[complete.size()];
            double[] rest = new double[complete.size()];
            for (int r = 0; r < complete.size(); r++) {
                double[] row = complete.get(r);
                item[r] = row[index];
                double sum = 0;
                for (int j = 0; j < row.length; j++) {
                    sum += j == index ? 0 : row[j];
                }
                rest[r] = sum;
            }
            itemTotal = correlation(item, rest);
            if (itemTotal != null && itemTotal < ITEM_TOTAL_FLAG - 1e-12) {
                flags.add(Flag.LOW_ITEM_TOTAL);
            }
        }
        return new Item(indicator, asked, scores.size(), cantJudge, mean, sd, modal, itemTotal,
                Set.copyOf(flags));
    }

    /** Cronbach's alpha of complete rows; null when it is undefined (fewer than 2 items, or no spread at all). */
    static @Nullable Double alpha(List<double[]> rows) {
        int k = rows.getFirst().length;
        if (k < 2 || rows.size() < 2) {
            return null;
        }
        double itemVariances = 0;
        for (int i = 0; i < k; i++) {
            double[] column = new double[rows.size()];
            for (int r = 0; r < rows.size(); r++) {
                column[r] = rows.get(r)[i];
            }
            itemVariances += variance(column);
        }
        double[] totals = rows.stream().mapToDouble(row -> java.util.Arrays.stream(row).sum()).toArray();
        double total = variance(totals);
        if (total <= 0) {
            return null;
        }
        return k / (k - 1.0) * (1 - itemVariances / total);
    }

    /**
     * ICC(1) and ICC(1,k) of a group (one-way random effects, Shrout &amp; Fleiss 1979, with the mean group size of
     * an unbalanced design): targets are the employees with 2 or more raters of the group, a rater's score is the
     * mean of every indicator they scored.
     */
    private static GroupReliability group(RaterGroup g, List<Competency> profile, List<Questionnaire> read,
            Minimums min) {
        Map<String, List<Double>> byEmployee = new LinkedHashMap<>();
        for (Questionnaire q : read) {
            if (q.group() != g) {
                continue;
            }
            double sum = 0;
            int n = 0;
            for (var s : q.scores().values()) {
                if (s != null) {
                    sum += s;
                    n++;
                }
            }
            if (n > 0) {
                byEmployee.computeIfAbsent(q.employee(), e -> new ArrayList<>()).add(sum / n);
            }
        }
        byEmployee.values().removeIf(l -> l.size() < 2);
        int employees = byEmployee.size();
        int raters = byEmployee.values().stream().mapToInt(List::size).sum();
        if (employees < Math.max(2, min.employees())) {
            return new GroupReliability(g, employees, raters, null, null, null, null);
        }
        double grand = byEmployee.values().stream().flatMap(List::stream).mapToDouble(Double::doubleValue).average()
                .orElse(0);
        double between = 0;
        double within = 0;
        double squares = 0;
        for (List<Double> scores : byEmployee.values()) {
            double mean = scores.stream().mapToDouble(Double::doubleValue).average().orElse(0);
            between += scores.size() * (mean - grand) * (mean - grand);
            for (double s : scores) {
                within += (s - mean) * (s - mean);
            }
            squares += scores.size() * (double) scores.size();
        }
        double msb = between / (employees - 1);
        double msw = within / (raters - employees);
        double k0 = (raters - squares / raters) / (employees - 1);
        double denominator = msb + (k0 - 1) * msw;
        if (msb <= 0 || denominator <= 0) {
            return new GroupReliability(g, employees, raters, null, null, k0, null);
        }
        double icc1 = (msb - msw) / denominator;
        double icc1k = (msb - msw) / msb;
        Integer needed = icc1 > 0 ? (int) Math.ceil(TARGET_RELIABILITY * (1 - icc1)
                / (icc1 * (1 - TARGET_RELIABILITY)) - 1e-9) : null;
        return new GroupReliability(g, employees, raters, icc1, icc1k, k0, needed);
    }

    /** Share of a questionnaire's scores that are one answer from which it counts as straight-lined. */
    public static final double STRAIGHT_LINE = 0.90;

    /**
     * One rater's habits across their questionnaires: leniency (positive) or severity (negative) as the z-score of
     * their mean signed deviation from the other raters of the same employees among all raters; halo as the mean,
     * over their questionnaires, of the spread (standard deviation) of their competency means (low: one impression
     * for everything); the share of their questionnaires that are straight-lined.
     */
    public record RaterEffect(String rater, int questionnaires, @Nullable Double deviation, @Nullable Double leniency,
            @Nullable Double halo, double straightLined) {
    }

    /**
     * The rater effects of every named rater (a questionnaire without a rater counts as another rater for the
     * others, never as one of its own); none at all below the questionnaire minimum.
     */
    public static List<RaterEffect> raterEffects(List<Competency> profile, List<Questionnaire> all, Minimums min) {
        List<Questionnaire> read = all.stream().filter(q -> READ.contains(q.group())).toList();
        if (read.size() < min.questionnaires()) {
            return List.of();
        }
        Map<String, List<Double>> meansByEmployee = new HashMap<>();
        Map<Questionnaire, Double> means = new java.util.IdentityHashMap<>();
        for (Questionnaire q : read) {
            Double m = meanScore(q.scores().values());
            if (m != null) {
                means.put(q, m);
                meansByEmployee.computeIfAbsent(q.employee(), e -> new ArrayList<>()).add(m);
            }
        }
        Map<String, List<Questionnaire>> byRater = new LinkedHashMap<>();
        read.stream().filter(q -> q.rater() != null).forEach(q -> byRater.computeIfAbsent(
                java.util.Objects.requireNonNull(q.rater()), r -> new ArrayList<>()).add(q));
        Map<String, Double> deviations = new LinkedHashMap<>();
        List<RaterEffect> effects = new ArrayList<>();
        for (var e : byRater.entrySet()) {
            List<Double> signed = new ArrayList<>();
            List<Double> halos = new ArrayList<>();
            int straight = 0;
            for (Questionnaire q : e.getValue()) {
                Double mine = means.get(q);
                List<Double> all0 = meansByEmployee.getOrDefault(q.employee(), List.of());
                if (mine != null && all0.size() >= 2) {
                    double othersSum = all0.stream().mapToDouble(Double::doubleValue).sum() - mine;
                    signed.add(mine - othersSum / (all0.size() - 1));
                }
                List<Double> competencyMeans = new ArrayList<>();
                for (Competency c : profile) {
                    List<@Nullable Integer> scores = new ArrayList<>();
                    c.indicators().forEach(i -> scores.add(q.scores().get(i)));
                    Double m = meanScore(scores);
                    if (m != null) {
                        competencyMeans.add(m);
                    }
                }
                if (competencyMeans.size() >= 2) {
                    halos.add(Math.sqrt(variance(competencyMeans.stream().mapToDouble(Double::doubleValue)
                            .toArray())));
                }
                Map<Integer, Integer> counts = new HashMap<>();
                int scored = 0;
                for (Integer s : q.scores().values()) {
                    if (s != null) {
                        counts.merge(s, 1, Integer::sum);
                        scored++;
                    }
                }
                int most = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
                if (scored >= 2 && most >= STRAIGHT_LINE * scored - 1e-9) {
                    straight++;
                }
            }
            Double deviation = signed.isEmpty() ? null : signed.stream().mapToDouble(Double::doubleValue).average()
                    .orElse(0);
            if (deviation != null) {
                deviations.put(e.getKey(), deviation);
            }
            effects.add(new RaterEffect(e.getKey(), e.getValue().size(), deviation, null,
                    halos.isEmpty() ? null : halos.stream().mapToDouble(Double::doubleValue).average().orElse(0),
                    straight / (double) e.getValue().size()));
        }
        double[] d = deviations.values().stream().mapToDouble(Double::doubleValue).toArray();
        double center = d.length >= 2 ? mean(d) : 0;
        double spread = d.length >= 2 ? Math.sqrt(variance(d)) : 0;
        return effects.stream().map(r -> new RaterEffect(r.rater(), r.questionnaires(), r.deviation(),
                r.deviation() == null || spread <= 0 ? null : (r.deviation() - center) / spread, r.halo(),
                r.straightLined())).toList();
    }

    private static @Nullable Double meanScore(java.util.Collection<@Nullable Integer> scores) {
        double sum = 0;
        int n = 0;
        for (Integer s : scores) {
            if (s != null) {
                sum += s;
                n++;
            }
        }
        return n == 0 ? null : sum / n;
    }

    /** Koo &amp; Li (2016): below .50 poor, .50 to .75 moderate, .75 to .90 good, above .90 excellent. */
    public enum Band {
        POOR, MODERATE, GOOD, EXCELLENT;

        public static Band of(double icc) {
            return icc < 0.50 ? POOR : icc < 0.75 ? MODERATE : icc <= 0.90 ? GOOD : EXCELLENT;
        }
    }

    /** Alpha against the usual bands: .80 and above good, .70 and above acceptable, below that low. */
    public enum AlphaBand {
        LOW, ACCEPTABLE, GOOD;

        public static AlphaBand of(double alpha) {
            return alpha >= 0.80 ? GOOD : alpha >= 0.70 ? ACCEPTABLE : LOW;
        }
    }

    static double mean(double[] x) {
        double sum = 0;
        for (double v : x) {
            sum += v;
        }
        return sum / x.length;
    }

    /** The sample variance (n - 1). */
    static double variance(double[] x) {
        double m = mean(x);
        double sum = 0;
        for (double v : x) {
            sum += (v - m) * (v - m);
        }
        return sum / (x.length - 1);
    }

    /** Pearson's r; null when either side has no spread. */
    static @Nullable Double correlation(double[] x, double[] y) {
        double mx = mean(x);
        double my = mean(y);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxx <= 0 || syy <= 0 ? null : sxy / Math.sqrt(sxx * syy);
    }
}
