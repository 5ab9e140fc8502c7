package nl.spiegel360.people;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** What a CSV file of people would import, and every problem found in it, each with its line. */
public record PersonImportPreview(List<Row> rows, List<Problem> problems) {

    /** One person read from the file. */
    public record Row(int line, String name, String email, @Nullable String jobTitle, @Nullable String managerEmail,
            @Nullable String team) {
    }

    /** A problem: the line (0 for the file as a whole), a translation key and its arguments. */
    public record Problem(int line, String messageKey, List<Object> arguments) {
        Problem(int line, String messageKey, Object... arguments) {
            this(line, messageKey, List.of(arguments));
        }
    }

    public boolean canImport() {
        return problems.isEmpty() && !rows.isEmpty();
    }
}
