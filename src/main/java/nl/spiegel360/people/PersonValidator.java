package nl.spiegel360.people;

import java.util.regex.Pattern;
import nl.spiegel360.base.UserFacingException;
import org.jspecify.annotations.Nullable;

/** The rules for a person's data, shared by the form and the CSV import. */
class PersonValidator {

    /** Deliberately simple: one @, no spaces, a dot in the domain. */
    static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final PersonRepository people;

    PersonValidator(PersonRepository people) {
        this.people = people;
    }

    void check(PersonDraft draft, @Nullable Long existingId) {
        String problem = fieldProblem(draft.name(), draft.email(), draft.jobTitle(), draft.team());
        if (problem != null) {
            throw new UserFacingException(problem);
        }
        String email = normaliseEmail(draft.email());
        people.findByEmailIgnoreCase(email).filter(p -> !Long.valueOf(p.getId()).equals(existingId)).ifPresent(p -> {
            throw new UserFacingException("people.error.email-taken", email);
        });
        if (draft.managerId() != null) {
            if (draft.managerId().equals(existingId)) {
                throw new UserFacingException("people.error.own-manager");
            }
            if (!people.existsById(draft.managerId())) {
                throw new UserFacingException("people.error.manager-unknown");
            }
            if (existingId != null && managesIndirectly(existingId, draft.managerId())) {
                throw new UserFacingException("people.error.manager-cycle");
            }
        }
        String password = draft.newPassword();
        if (password != null && !password.isEmpty()) {
            String weak = PasswordRules.problem(password, java.util.List.of(draft.name(), draft.email()));
            if (weak != null) {
                throw new UserFacingException(weak, PersonLimits.PASSWORD_MIN);
            }
        }
    }

    /** The translation key of the first problem with these fields, or null when they are fine. */
    static @Nullable String fieldProblem(@Nullable String name, @Nullable String email, @Nullable String jobTitle,
            @Nullable String team) {
        if (name == null || name.isBlank()) {
            return "people.error.name-required";
        }
        if (name.strip().length() > PersonLimits.NAME_MAX) {
            return "people.error.name-too-long";
        }
        if (hasControlCharacters(name) || email != null && hasControlCharacters(email) || jobTitle != null
                && hasControlCharacters(jobTitle) || team != null && hasControlCharacters(team)) {
            return "people.error.control-characters";
        }
        if (email == null || email.isBlank()) {
            return "people.error.email-required";
        }
        if (email.strip().length() > PersonLimits.EMAIL_MAX || !EMAIL.matcher(email.strip()).matches()) {
            return "people.error.email-invalid";
        }
        if (jobTitle != null && jobTitle.strip().length() > PersonLimits.JOB_TITLE_MAX) {
            return "people.error.job-title-too-long";
        }
        if (team != null && team.strip().length() > PersonLimits.TEAM_MAX) {
            return "people.error.team-too-long";
        }
        return null;
    }

    /**
     * The people of an import whose line of managers (within the file: person to manager e-mail) comes back to
     * them, as the form refuses a manager who reports to the person.
     */
    static java.util.List<String> inManagerCycle(java.util.Map<String, String> managers) {
        java.util.List<String> cyclic = new java.util.ArrayList<>();
        for (String start : managers.keySet()) {
            String current = managers.get(start);
            for (int guard = 0; current != null && guard <= managers.size(); guard++) {
                if (current.equals(start)) {
                    cyclic.add(start);
                    break;
                }
                current = managers.get(current);
            }
        }
        return cyclic;
    }

    /** Line breaks, tabs and other control or format characters: never part of a name, title, team or address. */
    static boolean hasControlCharacters(String value) {
        return value.codePoints().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                || c == 0x2028 || c == 0x2029);
    }

    /** True when {@code candidateManagerId} reports, directly or not, to {@code personId}. */
    private boolean managesIndirectly(long personId, long candidateManagerId) {
        Person current = people.findById(candidateManagerId).orElse(null);
        int guard = 0;
        while (current != null && guard++ < 1000) {
            if (current.getId() == personId) {
                return true;
            }
            current = current.getManager();
        }
        return false;
    }

    /** E-mail addresses are stored trimmed and in lower case, so that each belongs to one person. */
    static String normaliseEmail(String email) {
        return email.strip().toLowerCase(java.util.Locale.ROOT);
    }

    static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
