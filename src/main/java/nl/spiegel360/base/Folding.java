package nl.spiegel360.base;

import java.text.Normalizer;
import java.util.Locale;

/**
 * One folding of text that people type to name themselves or that must not contain their name: compatibility forms
 * to their plain letters (full-width letters, the long s), lower case, and accents and other marks removed (the
 * dotted capital I becomes i, ë becomes e). Java and PostgreSQL lower-case some letters differently; after this
 * folding every spelling of an address is one key, whichever of them compares it.
 */
public final class Folding {

    private Folding() {
    }

    public static String fold(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
        String unmarked = Normalizer.normalize(plain, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return Normalizer.normalize(unmarked, Normalizer.Form.NFC);
    }
}
