package nl.spiegel360.people;

import org.jspecify.annotations.Nullable;

/**
 * What HR enters for a person. {@code newPassword} is null to keep the current password (or to create an
 * account that cannot sign in yet).
 */
public record PersonDraft(String name, String email, @Nullable String jobTitle, @Nullable String team,
        @Nullable Long managerId, boolean hr, @Nullable String newPassword) {
}
