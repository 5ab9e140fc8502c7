package nl.spiegel360.competency;

import nl.spiegel360.base.Emphasis;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.spiegel360.base.TextFile;
import nl.spiegel360.competency.ProfileDefinition.CompetencyDefinition;
import org.jspecify.annotations.Nullable;

/**
 * Reads a competency profile document in the format HR departments keep them in: a {@code #} title, the version
 * line, an introduction, the tab-separated {@code ## Competentiematrix} with generic and specific sub-headings,
 * then one {@code ##} section per cluster with competency blocks (label, tab, definition in italics; rows
 * "Competentieniveau N", tab, indicator; indicator rows starting with a tab). Labels and level rows may be bold
 * or not; indicators may hold bold words. Anything else is reported with its line, never guessed.
 *
 * <p>Longer than 300 lines: one parser of one document format, line by line; split, its states would be shared
 * between classes.
 */
final class ProfileDocumentParser {

    static final int MAX_BYTES = 2 * 1024 * 1024;

    private static final Pattern LEVEL = Pattern.compile("(?i)competentie\\s*niveau\\s+(\\d+)");
    private static final Pattern KNOWN_TAGS = Pattern.compile("(?i)</?(b|i|strong|em)>");
    private static final Pattern ANY_TAG = Pattern.compile("</?[a-zA-Z][^>]*>");
    private static final String TITLE_PREFIX = "competentieprofiel";

    private enum State { BEFORE_TITLE, AFTER_TITLE, INTRO, MATRIX, CLUSTER }

    private record MatrixEntry(String label, int norm, CompetencyKind kind, int line) {
    }

    private static final class Block {
        final String label;
        final String definition;
        final String cluster;
        final int line;
        final List<List<String>> levels = new ArrayList<>();
        final List<Integer> levelLines = new ArrayList<>();

        Block(String label, String definition, String cluster, int line) {
            this.label = label;
            this.definition = definition;
            this.cluster = cluster;
            this.line = line;
        }
    }

    private final List<ImportMessage> errors = new ArrayList<>();
    private final List<ImportMessage> warnings = new ArrayList<>();
    private final Map<String, MatrixEntry> matrix = new LinkedHashMap<>();
    private final List<Block> blocks = new ArrayList<>();
    private final StringBuilder introduction = new StringBuilder();
    private @Nullable String title;
    private @Nullable String versionLabel;
    private int matrixLine;
    private @Nullable CompetencyKind kind;
    private @Nullable String cluster;
    private @Nullable Block block;

    record Result(@Nullable ProfileDefinition profile, List<ImportMessage> errors, List<ImportMessage> warnings) {
    }

    static Result parse(byte[] content) {
        return switch (TextFile.decodeUtf8(content, MAX_BYTES)) {
            case TextFile.Problem p -> new Result(null, List.of(ImportMessage.at(p.line(), p.key(), p.argument())),
                    List.of());
            case TextFile.Text t -> new ProfileDocumentParser().read(t.text());
        };
    }

    private Result read(String text) {
        String[] lines = text.split("\n", -1);
        State state = State.BEFORE_TITLE;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            state = readLine(state, line, i + 1);
        }
        finishBlock();
        return finish(lines.length);
    }

    private State readLine(State state, String line, int number) {
        String trimmed = line.strip();
        if (trimmed.startsWith("# ")) {
            if (title != null) {
                errors.add(ImportMessage.at(number, "profile.import.error.second-title"));
                return state;
            }
            title = clean(trimmed.substring(2), number);
            return State.AFTER_TITLE;
        }
        if (trimmed.startsWith("## ")) {
            return heading(state, clean(trimmed.substring(3), number), number);
        }
        switch (state) {
            case BEFORE_TITLE -> {
                if (!trimmed.isEmpty()) {
                    errors.add(ImportMessage.at(number, "profile.import.error.before-title"));
                }
            }
            case AFTER_TITLE -> {
                if (!trimmed.isEmpty() && versionLabel == null) {
                    versionLabel = clean(trimmed, number);
                } else if (!trimmed.isEmpty()) {
                    introduction.append(line).append('\n');
                }
            }
            case INTRO -> introduction.append(line).append('\n');
            case MATRIX -> matrixLine(line, trimmed, number);
            case CLUSTER -> blockLine(line, trimmed, number);
        }
        return state;
    }

    private State heading(State state, String heading, int number) {
        if (heading.equalsIgnoreCase("Competentiematrix")) {
            if (matrixLine > 0) {
                errors.add(ImportMessage.at(number, "profile.import.error.second-matrix"));
            }
            matrixLine = number;
            return State.MATRIX;
        }
        if (state == State.BEFORE_TITLE) {
            errors.add(ImportMessage.at(number, "profile.import.error.before-title"));
            return state;
        }
        if (matrixLine == 0) {
            if (state == State.INTRO || !heading.equalsIgnoreCase("Inleiding")) {
                introduction.append("## ").append(heading).append('\n');
            }
            return State.INTRO;
        }
        finishBlock();
        cluster = heading;
        return State.CLUSTER;
    }

    private void matrixLine(String line, String trimmed, int number) {
        if (trimmed.isEmpty()) {
            return;
        }
        String[] fields = line.split("\t", -1);
        String first = fields[0].strip();
        String second = fields.length > 1 ? fields[1].strip() : "";
        if (first.toLowerCase(Locale.ROOT).matches("(?i)(<b>)?competentie(</b>)?") && fields.length > 1) {
            return;
        }
        if (first.matches("(?i)<i>.*</i>") && second.isEmpty()) {
            String subHeading = clean(first, number).toLowerCase(Locale.ROOT);
            if (subHeading.startsWith("generiek") || subHeading.startsWith("generic")) {
                kind = CompetencyKind.GENERIC;
            } else if (subHeading.startsWith("specifiek") || subHeading.startsWith("specific")) {
                kind = CompetencyKind.SPECIFIC;
            } else {
                errors.add(ImportMessage.at(number, "profile.import.error.unknown-kind", clean(first, number)));
            }
            return;
        }
        if (fields.length < 2 || second.isEmpty() || first.isEmpty()) {
            errors.add(ImportMessage.at(number, "profile.import.error.matrix-line"));
            return;
        }
        String label = clean(first, number);
        int norm;
        try {
            norm = Integer.parseInt(clean(second, number));
        } catch (NumberFormatException e) {
            errors.add(ImportMessage.at(number, "profile.import.error.norm-not-number", label, second));
            return;
        }
        if (kind == null) {
            errors.add(ImportMessage.at(number, "profile.import.error.no-kind", label));
            return;
        }
        if (matrix.containsKey(key(label))) {
            errors.add(ImportMessage.at(number, "profile.import.error.duplicate-competency", label));
            return;
        }
        matrix.put(key(label), new MatrixEntry(label, norm, kind, number));
    }

    private void blockLine(String line, String trimmed, int number) {
        if (trimmed.isEmpty()) {
            return;
        }
        String[] fields = line.split("\t", -1);
        String first = fields[0].strip();
        String rest = fields.length > 1 ? String.join("\t", java.util.Arrays.copyOfRange(fields, 1, fields.length))
                .strip() : "";
        if (fields.length > 2 && java.util.Arrays.stream(fields, 2, fields.length).anyMatch(f -> !f.isBlank())) {
            errors.add(ImportMessage.at(number, "profile.import.error.too-many-columns"));
            return;
        }
        if (first.isEmpty()) {
            if (block == null || block.levels.isEmpty()) {
                errors.add(ImportMessage.at(number, "profile.import.error.indicator-without-level"));
                return;
            }
            block.levels.getLast().add(indicator(rest, number));
            return;
        }
        Matcher level = LEVEL.matcher(clean(first, number));
        if (level.matches()) {
            if (block == null) {
                errors.add(ImportMessage.at(number, "profile.import.error.level-without-competency"));
                return;
            }
            int n = Integer.parseInt(level.group(1));
            if (n != block.levels.size() + 1) {
                errors.add(ImportMessage.at(number, "profile.import.error.level-order", n, block.levels.size() + 1));
                return;
            }
            block.levels.add(new ArrayList<>());
            block.levelLines.add(number);
            if (!rest.isEmpty()) {
                block.levels.getLast().add(indicator(rest, number));
            }
            return;
        }
        if (!rest.isEmpty() && fields[1].strip().matches("(?is)<i>.*</i>")) {
            finishBlock();
            block = new Block(clean(first, number), clean(rest, number), cluster == null ? "" : cluster, number);
            return;
        }
        errors.add(ImportMessage.at(number, "profile.import.error.unknown-line"));
    }

    private void finishBlock() {
        if (block == null) {
            return;
        }
        if (block.levels.isEmpty()) {
            errors.add(ImportMessage.at(block.line, "profile.import.error.no-levels", block.label));
        }
        for (int i = 0; i < block.levels.size(); i++) {
            if (block.levels.get(i).isEmpty()) {
                errors.add(ImportMessage.at(block.levelLines.get(i), "profile.import.error.empty-level", block.label,
                        i + 1));
            }
        }
        if (blocks.stream().anyMatch(b -> key(b.label).equals(key(block.label)))) {
            errors.add(ImportMessage.at(block.line, "profile.import.error.duplicate-block", block.label));
        } else {
            blocks.add(block);
        }
        block = null;
    }

    private Result finish(int lastLine) {
        if (title == null) {
            errors.add(ImportMessage.at(1, "profile.import.error.no-title"));
        }
        if (matrixLine == 0) {
            errors.add(ImportMessage.at(0, "profile.import.error.no-matrix"));
        } else if (matrix.isEmpty()) {
            errors.add(ImportMessage.at(matrixLine, "profile.import.error.empty-matrix"));
        }
        if (versionLabel == null) {
            warnings.add(ImportMessage.at(0, "profile.import.warning.no-version"));
        }
        Map<String, Block> byLabel = new LinkedHashMap<>();
        blocks.forEach(b -> byLabel.put(key(b.label), b));
        List<CompetencyDefinition> competencies = new ArrayList<>();
        for (MatrixEntry entry : matrix.values()) {
            Block b = byLabel.get(key(entry.label()));
            if (b == null) {
                errors.add(ImportMessage.at(entry.line(), "profile.import.error.no-block", entry.label()));
                continue;
            }
            if (entry.norm() < 1 || entry.norm() > b.levels.size()) {
                errors.add(ImportMessage.at(entry.line(), "profile.import.error.norm-outside", entry.label(),
                        entry.norm(), b.levels.size()));
                continue;
            }
            competencies.add(new CompetencyDefinition(b.label, b.definition, b.cluster, entry.kind(), entry.norm(),
                    b.levels.stream().map(List::copyOf).toList(), blocks.indexOf(b)));
        }
        for (Block b : blocks) {
            if (!matrix.containsKey(key(b.label))) {
                errors.add(ImportMessage.at(b.line, "profile.import.error.not-in-matrix", b.label));
            }
        }
        if (matrixLine > 0 && blocks.isEmpty() && errors.isEmpty()) {
            errors.add(ImportMessage.at(lastLine, "profile.import.error.no-blocks"));
        }
        // a competency whose number of levels differs from what most have: named with its line
        Map<Integer, Long> counts = competencies.stream().collect(java.util.stream.Collectors.groupingBy(
                c -> c.levels().size(), java.util.stream.Collectors.counting()));
        if (counts.size() > 1) {
            int usual = counts.entrySet().stream().max(Map.Entry.<Integer, Long>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey())).orElseThrow().getKey();
            for (CompetencyDefinition c : competencies) {
                if (c.levels().size() != usual) {
                    Block b = byLabel.get(key(c.label()));
                    warnings.add(ImportMessage.at(b == null ? 0 : b.line, "profile.import.warning.level-counts",
                            c.label(), c.levels().size(), usual));
                }
            }
        }
        errors.sort(java.util.Comparator.comparingInt(ImportMessage::line));
        if (!errors.isEmpty()) {
            return new Result(null, List.copyOf(errors), List.copyOf(warnings));
        }
        String heading = title == null ? "" : title;
        String name = heading.toLowerCase(Locale.ROOT).startsWith(TITLE_PREFIX + " ")
                ? heading.substring(TITLE_PREFIX.length() + 1).strip() : heading;
        var profile = new ProfileDefinition(name, versionLabel == null ? "" : versionLabel,
                introduction.toString().strip(), List.copyOf(competencies));
        return new Result(profile, List.of(), List.copyOf(warnings));
    }

    /** An indicator's text with its bold parts kept as marks (see {@link Emphasis}); reports any unknown tag. */
    private String indicator(String text, int line) {
        String marked = Emphasis.fromDocument(text).strip();
        if (ANY_TAG.matcher(marked).find()) {
            errors.add(ImportMessage.at(line, "profile.import.error.markup"));
        }
        return marked;
    }

    /** Removes the markup the format knows (bold, italics); reports any other tag. */
    private String clean(String text, int line) {
        String cleaned = KNOWN_TAGS.matcher(text).replaceAll("").strip();
        if (ANY_TAG.matcher(cleaned).find()) {
            errors.add(ImportMessage.at(line, "profile.import.error.markup"));
        }
        return cleaned;
    }

    private static String key(String label) {
        return label.strip().toLowerCase(Locale.ROOT);
    }
}
