package nl.spiegel360.review;

import java.util.Locale;
import nl.spiegel360.base.LocalePreference;
import nl.spiegel360.base.UserFacingException;
import nl.spiegel360.people.ContactRules;
import org.jspecify.annotations.Nullable;

/** An external rater as the employee, manager or HR enters them: name, address, organisation, language. */
public record ExternalDraft(@Nullable String name, @Nullable String email, @Nullable String organisation,
        @Nullable String language) {

    /** The draft stripped and checked: name and address by the rules of a person's, a language the product speaks. */
    ExternalDraft checked() {
        String n = name == null ? "" : name.strip();
        String e = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        String o = organisation == null ? "" : organisation.strip();
        String problem = ContactRules.problem(n, e);
        if (problem != null) {
            throw new UserFacingException(problem);
        }
        if (n.length() > ReviewLimits.EXTERNAL_NAME_MAX || o.length() > ReviewLimits.EXTERNAL_NAME_MAX) {
            throw new UserFacingException("nomination.error.external-too-long", ReviewLimits.EXTERNAL_NAME_MAX);
        }
        if (o.chars().anyMatch(Character::isISOControl)) {
            throw new UserFacingException("people.error.control-characters");
        }
        if (language == null || LocalePreference.SUPPORTED.stream().noneMatch(l -> l.getLanguage().equals(language))) {
            throw new UserFacingException("nomination.error.external-language");
        }
        return new ExternalDraft(n, e, o, language);
    }

    @Override
    public String name() {
        return name == null ? "" : name;
    }

    @Override
    public String email() {
        return email == null ? "" : email;
    }

    @Override
    public String organisation() {
        return organisation == null ? "" : organisation;
    }

    @Override
    public String language() {
        return language == null ? "" : language;
    }
}
