package nl.spiegel360.competency;

import java.util.List;
import java.util.Locale;
import nl.spiegel360.base.LocalePreference;

/** The language profiles are written in (the product's default) and the languages they can be translated into. */
final class ProfileLanguages {

    static final String ORIGINAL = LocalePreference.SUPPORTED.getFirst().getLanguage();
    static final List<String> TRANSLATIONS = LocalePreference.SUPPORTED.stream().map(Locale::getLanguage)
            .filter(l -> !l.equals(ORIGINAL)).toList();

    private ProfileLanguages() {
    }
}
