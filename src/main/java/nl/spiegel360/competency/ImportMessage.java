package nl.spiegel360.competency;

import java.util.List;

/** A problem or warning found while reading a document: its line (0: the file as a whole), a key, arguments. */
public record ImportMessage(int line, String messageKey, List<Object> arguments) {

    static ImportMessage at(int line, String messageKey, Object... arguments) {
        return new ImportMessage(line, messageKey, List.of(arguments));
    }
}
