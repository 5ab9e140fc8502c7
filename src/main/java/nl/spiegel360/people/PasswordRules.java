package nl.spiegel360.people;

import com.nulabinc.zxcvbn.Zxcvbn;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a password must be: 12 characters or more, and not easy to guess. The guessing estimate comes from
 * zxcvbn, which knows the common-password lists, names, dictionary words, dates and keyboard patterns, and is
 * told the person's own name and e-mail address too.
 */
final class PasswordRules {

    /** zxcvbn's scores run from 0 (guessed at once) to 4; below 3 is refused. */
    static final int MIN_SCORE = 3;

    private static final Zxcvbn ZXCVBN = new Zxcvbn();

    /** Dutch name particles: parts of a name, but no name on their own. */
    private static final java.util.Set<String> PARTICLES = java.util.Set.of("van", "der", "den", "het", "ter", "ten",
            "de", "la", "le", "op", "in", "uit", "von", "del", "di", "da");

    private PasswordRules() {
    }

    /**
     * The words of a person's name and e-mail address that a password may not contain: each part of three letters
     * or more that is no name particle, the name and the e-mail's local part written together, and the e-mail's
     * domain name without its ending.
     */
    private static List<String> personal(List<String> inputs) {
        List<String> words = new java.util.ArrayList<>();
        for (String input : inputs) {
            String lower = nl.spiegel360.base.Folding.fold(input);
            String local = lower.contains("@") ? lower.substring(0, lower.indexOf('@')) : lower;
            for (String word : lower.split("[^\\p{L}\\p{N}]+")) {
                if (word.length() >= 3 && !PARTICLES.contains(word) && !List.of("com", "org", "net", "example")
                        .contains(word)) {
                    words.add(word);
                }
            }
            String together = compact(local);
            if (together.length() >= 3) {
                words.add(together);
            }
        }
        return words;
    }

    private static String compact(String value) {
        return nl.spiegel360.base.Folding.fold(value).replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    /** The translation key of the problem with this password, or null when it is fine. */
    static @Nullable String problem(String password, List<String> personalWords) {
        if (password.length() < PersonLimits.PASSWORD_MIN || password.length() > PersonLimits.PASSWORD_MAX) {
            return "people.error.password-length";
        }
        List<String> words = personal(personalWords);
        String compact = compact(password);
        if (words.stream().anyMatch(compact::contains)) {
            return "people.error.password-personal";
        }
        if (ZXCVBN.measure(password, words).getScore() < MIN_SCORE) {
            return "people.error.password-weak";
        }
        return null;
    }
}
