package nl.spiegel360.competency;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A problem or warning found while reading an import: where it is (a line, 0 for the file as a whole, or a JSON
 * path), a translation key and its arguments.
 */
public record ImportMessage(int line, @Nullable String path, String messageKey, List<Object> arguments) {

    static ImportMessage at(int line, String messageKey, Object... arguments) {
        return new ImportMessage(line, null, messageKey, List.of(arguments));
    }

    static ImportMessage atPath(String path, String messageKey, Object... arguments) {
        return new ImportMessage(0, path, messageKey, List.of(arguments));
    }
}
