package nl.spiegel360.competency;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** What a document would import: the profile (null when unreadable), its errors and warnings. */
public record ProfileImportPreview(@Nullable ProfileDefinition profile, List<ImportMessage> errors,
        List<ImportMessage> warnings, int existingRevisions, @Nullable ProfileDiff diff, long peopleOnCurrent) {

    /** Readable, without errors, and not the same as the current revision. */
    public boolean canImport() {
        return profile != null && errors.isEmpty() && (diff == null || !diff.identical());
    }
}
