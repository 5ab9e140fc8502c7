package nl.spiegel360.people;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.spiegel360.people.PersonImportPreview.Problem;
import nl.spiegel360.people.PersonImportPreview.Row;
import org.jspecify.annotations.Nullable;

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
        List<Problem> problems = new ArrayList<>();
        String text = decode(content, problems);
        if (text == null) {
            return new PersonImportPreview(List.of(), problems);
        }
        List<CsvReader.CsvRecord> records;
        try {
            records = CsvReader.read(text, CsvReader.detectSeparator(text));
        } catch (IllegalArgumentException unclosedQuote) {
            return new PersonImportPreview(List.of(),
                    List.of(new Problem(Integer.parseInt(unclosedQuote.getMessage()), "people.import.error.quote")));
        }
        records = records.stream().filter(r -> !r.isBlank()).toList();
        if (records.isEmpty()) {
            return new PersonImportPreview(List.of(), List.of(new Problem(0, "people.import.error.empty")));
        }
        Map<String, Integer> columns = columns(records.getFirst(), problems);
        if (!problems.isEmpty()) {
            return new PersonImportPreview(List.of(), problems);
        }
        List<Row> rows = new ArrayList<>();
        for (CsvReader.CsvRecord record : records.subList(1, records.size())) {
            rows.add(new Row(record.line(), field(record, columns, "name"), field(record, columns, "email"),
                    PersonService.blankToNull(field(record, columns, "job_title")),
                    PersonService.blankToNull(field(record, columns, "manager_email")),
                    PersonService.blankToNull(field(record, columns, "team"))));
        }
        if (rows.isEmpty()) {
            problems.add(new Problem(0, "people.import.error.no-rows"));
        }
        checkRows(rows, problems);
        return new PersonImportPreview(rows, problems);
    }

    private void checkRows(List<Row> rows, List<Problem> problems) {
        Set<String> inFile = new HashSet<>();
        for (Row row : rows) {
            inFile.add(PersonService.normaliseEmail(row.email()));
        }
        Map<String, Integer> seen = new HashMap<>();
        for (Row row : rows) {
            String problem = PersonValidator.fieldProblem(row.name(), row.email(), row.jobTitle(), row.team());
            if (problem != null) {
                problems.add(new Problem(row.line(), problem));
                continue;
            }
            String email = PersonService.normaliseEmail(row.email());
            Integer earlier = seen.putIfAbsent(email, row.line());
            if (earlier != null) {
                problems.add(new Problem(row.line(), "people.import.error.duplicate", email, earlier));
            } else if (people.existsByEmailIgnoreCase(email)) {
                problems.add(new Problem(row.line(), "people.error.email-taken", email));
            }
            String manager = row.managerEmail();
            if (manager != null) {
                String managerEmail = PersonService.normaliseEmail(manager);
                if (managerEmail.equals(email)) {
                    problems.add(new Problem(row.line(), "people.error.own-manager"));
                } else if (!inFile.contains(managerEmail) && !people.existsByEmailIgnoreCase(managerEmail)) {
                    problems.add(new Problem(row.line(), "people.import.error.manager-unknown", managerEmail));
                }
            }
        }
    }

    private static @Nullable String decode(byte[] content, List<Problem> problems) {
        if (content.length == 0) {
            problems.add(new Problem(0, "people.import.error.empty"));
            return null;
        }
        if (content.length > MAX_BYTES) {
            problems.add(new Problem(0, "people.import.error.too-large", MAX_BYTES / (1024 * 1024)));
            return null;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            problems.add(new Problem(0, "people.import.error.encoding"));
            return null;
        }
        if (text.indexOf('\0') >= 0) {
            problems.add(new Problem(0, "people.import.error.binary"));
            return null;
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static Map<String, Integer> columns(CsvReader.CsvRecord header, List<Problem> problems) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.fields().size(); i++) {
            String name = header.fields().get(i).strip().toLowerCase(Locale.ROOT);
            String column = HEADERS.get(name);
            if (column == null) {
                problems.add(new Problem(header.line(), "people.import.error.unknown-column", header.fields().get(i)));
            } else {
                columns.put(column, i);
            }
        }
        for (String required : List.of("name", "email")) {
            if (!columns.containsKey(required)) {
                problems.add(new Problem(header.line(), "people.import.error.missing-column", required));
            }
        }
        return columns;
    }

    private static String field(CsvReader.CsvRecord record, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        return index == null || index >= record.fields().size() ? "" : record.fields().get(index).strip();
    }
}
