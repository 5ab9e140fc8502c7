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

    private PasswordRules() {
    }

    /** The translation key of the problem with this password, or null when it is fine. */
    static @Nullable String problem(String password, List<String> personalWords) {
        if (password.length() < PersonLimits.PASSWORD_MIN || password.length() > PersonLimits.PASSWORD_MAX) {
            return "people.error.password-length";
        }
        List<String> words = new java.util.ArrayList<>();
        for (String input : personalWords) {
            for (String word : input.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (word.length() >= 3) {
                    words.add(word);
                }
            }
        }
        if (ZXCVBN.measure(password, words).getScore() < MIN_SCORE) {
            return "people.error.password-weak";
        }
        return null;
    }
}
