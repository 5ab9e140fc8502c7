package nl.spiegel360.base;

import java.util.Locale;
import java.util.Optional;

/**
 * Remembers the language a signed-in user chose. Implemented by the feature that owns accounts, so that the
 * shared layout can offer a language switch without knowing about people.
 */
public interface LocalePreference {

    /** The supported languages: Dutch first, as the default. */
    /** Session attribute that holds the language chosen in this browser session. */
    String SESSION_ATTRIBUTE = "spiegel360.locale";

    java.util.List<Locale> SUPPORTED = java.util.List.of(Locale.forLanguageTag("nl"), Locale.ENGLISH);

    Optional<Locale> currentUserLocale();

    void rememberForCurrentUser(Locale locale);

    static Locale supportedOrDefault(Locale locale) {
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(locale.getLanguage())).findFirst()
                .orElse(SUPPORTED.getFirst());
    }
}
