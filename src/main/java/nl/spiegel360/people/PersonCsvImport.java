package nl.spiegel360.people;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.spiegel360.base.TextFile;
import nl.spiegel360.people.PersonImportPreview.Problem;
import nl.spiegel360.people.PersonImportPreview.Row;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads a CSV file of people (name, e-mail, job title, manager's e-mail, team) and checks every line. */
class PersonCsvImport {

    static final int MAX_BYTES = 2 * 1024 * 1024;

    private static final Map<String, String> HEADERS = Map.ofEntries(
            Map.entry("name", "name"), Map.entry("naam", "name"),
            Map.entry("email", "email"), Map.entry("e-mail", "email"),
            Map.entry("job_title", "job_title"), Map.entry("job title", "job_title"), Map.entry("functie", "job_title"),
            Map.entry("manager_email", "manager_email"), Map.entry("manager e-mail", "manager_email"),
            Map.entry("manager", "manager_email"), Map.entry("leidinggevende", "manager_email"),
            Map.entry("e-mail leidinggevende", "manager_email"),
            Map.entry("team", "team"));

    private final PersonRepository people;

    PersonCsvImport(PersonRepository people) {
        this.people = people;
    }

    PersonImportPreview preview(byte[] content) {
        String text;
        switch (TextFile.decodeUtf8(content, MAX_BYTES)) {
            case TextFile.Problem p -> {
                return new PersonImportPreview(List.of(), List.of(new Problem(p.line(), p.key(), p.argument())));
            }
            case TextFile.Text t -> text = t.text();
        }
        String headerLine = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        if (headerLine.isEmpty()) {
            return new PersonImportPreview(List.of(), List.of(new Problem(0, "upload.error.empty", "")));
        }
        char separator = separator(headerLine);
        if (separator == 0) {
            return new PersonImportPreview(List.of(), List.of(new Problem(1, "people.import.error.separator",
                    foreignSeparator(headerLine))));
        }
        List<Problem> problems = new ArrayList<>();
        List<CSVRecord> records = new ArrayList<>();
        int[] lineStarts = lineStarts(text);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true).setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            for (CSVRecord record : parser) {
                records.add(record);
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException broken) {
            int line = Math.max(1, lineOf(lineStarts, records.isEmpty() ? 0
                    : (int) records.getLast().getCharacterPosition()) + (records.isEmpty() ? 0 : 1));
            return new PersonImportPreview(List.of(), List.of(new Problem(line, "people.import.error.quote")));
        }
        Map<String, Integer> columns = columns(records.getFirst(), lineOf(lineStarts, 0), problems);
        if (!problems.isEmpty()) {
            return new PersonImportPreview(List.of(), problems);
        }
        int width = records.getFirst().size();
        List<Row> rows = new ArrayList<>();
        for (CSVRecord record : records.subList(1, records.size())) {
            int line = lineOf(lineStarts, firstCharacter(text, (int) record.getCharacterPosition()));
            if (record.size() != width) {
                problems.add(new Problem(line, "people.import.error.field-count", record.size(), width));
                continue;
            }
            rows.add(new Row(line, field(record, columns, "name"), field(record, columns, "email"),
                    PersonValidator.blankToNull(field(record, columns, "job_title")),
                    PersonValidator.blankToNull(field(record, columns, "manager_email")),
                    PersonValidator.blankToNull(field(record, columns, "team"))));
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(0, "people.import.error.no-rows"));
        }
        checkRows(rows, problems);
        return new PersonImportPreview(rows, problems);
    }

    /** The separator of the header line: the most frequent of comma, semicolon and tab; 0 when there is none. */
    static char separator(String headerLine) {
        char best = 0;
        long most = 0;
        for (char candidate : new char[] {',', ';', '\t'}) {
            long count = headerLine.chars().filter(c -> c == candidate).count();
            if (count > most) {
                most = count;
                best = candidate;
            }
        }
        return best;
    }

    /** What seems to separate the columns of a header without comma, semicolon or tab, for the message. */
    private static String foreignSeparator(String headerLine) {
        return headerLine.chars().filter(c -> !Character.isLetterOrDigit(c) && c != '_' && c != '-' && c != ' '
                && c != '"').mapToObj(c -> "'" + Character.toString(c) + "'").findFirst().orElse("—");
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Where a record really starts: the parser's position may lie before the empty lines it skipped. */
    private static int firstCharacter(String text, int position) {
        int at = position;
        while (at < text.length() && (text.charAt(at) == '\n' || text.charAt(at) == '\r')) {
            at++;
        }
        return at;
    }

    /** The 1-based line of a character position. */
    private static int lineOf(int[] lineStarts, int position) {
        int index = java.util.Arrays.binarySearch(lineStarts, position);
        return (index >= 0 ? index : -index - 2) + 1;
    }

    private void checkRows(List<Row> rows, List<Problem> problems) {
        Set<String> inFile = new HashSet<>();
        for (Row row : rows) {
            inFile.add(PersonValidator.normaliseEmail(row.email()));
        }
        Map<String, Integer> seen = new HashMap<>();
        for (Row row : rows) {
            String problem = PersonValidator.fieldProblem(row.name(), row.email(), row.jobTitle(), row.team());
            if (problem != null) {
                problems.add(new Problem(row.line(), problem));
                continue;
            }
            String email = PersonValidator.normaliseEmail(row.email());
            Integer earlier = seen.putIfAbsent(email, row.line());
            if (earlier != null) {
                problems.add(new Problem(row.line(), "people.import.error.duplicate", email, earlier));
            } else if (people.existsByEmailIgnoreCase(email)) {
                problems.add(new Problem(row.line(), "people.error.email-taken", email));
            }
            String manager = row.managerEmail();
            if (manager != null) {
                String managerEmail = PersonValidator.normaliseEmail(manager);
                if (managerEmail.equals(email)) {
                    problems.add(new Problem(row.line(), "people.error.own-manager"));
                } else if (!inFile.contains(managerEmail) && !people.existsByEmailIgnoreCase(managerEmail)) {
                    problems.add(new Problem(row.line(), "people.import.error.manager-unknown", managerEmail));
                }
            }
        }
        Map<String, String> managers = new HashMap<>();
        Map<String, Integer> lines = new HashMap<>();
        for (Row row : rows) {
            if (row.managerEmail() != null) {
                managers.put(PersonValidator.normaliseEmail(row.email()), PersonValidator.normaliseEmail(row.managerEmail()));
                lines.put(PersonValidator.normaliseEmail(row.email()), row.line());
            }
        }
        for (String email : PersonValidator.inManagerCycle(managers)) {
            problems.add(new Problem(lines.getOrDefault(email, 0), "people.error.manager-cycle"));
        }
        problems.sort(java.util.Comparator.comparingInt(Problem::line));
    }

    private static Map<String, Integer> columns(CSVRecord header, int line, List<Problem> problems) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toLowerCase(Locale.ROOT);
            String column = HEADERS.get(name);
            if (column == null) {
                problems.add(new Problem(line, "people.import.error.unknown-column", header.get(i)));
            } else if (columns.putIfAbsent(column, i) != null) {
                problems.add(new Problem(line, "people.import.error.duplicate-column", header.get(i)));
            }
        }
        for (String required : List.of("name", "email")) {
            if (!columns.containsKey(required)) {
                problems.add(new Problem(line, "people.import.error.missing-column", required));
            }
        }
        return columns;
    }

    private static String field(CSVRecord record, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        return index == null || index >= record.size() ? "" : record.get(index).strip();
    }
}
