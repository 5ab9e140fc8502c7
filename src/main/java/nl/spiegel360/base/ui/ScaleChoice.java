package nl.spiegel360.base.ui;

import org.jspecify.annotations.Nullable;

/**
 * A choice on an answer scale as a screen holds it. A stored answer is a score, or null for "can't judge"; a radio
 * button needs a value for every choice, so "can't judge" is {@link #CANT_JUDGE} on screen and nowhere else. Screens
 * convert only through here.
 */
public final class ScaleChoice {

    /** "Can't judge" as a screen's choice: outside every scale, which starts at 1. */
    public static final int CANT_JUDGE = 0;

    private ScaleChoice() {
    }

    /** The score a choice stands for: null for "can't judge". */
    public static @Nullable Integer score(int choice) {
        return choice == CANT_JUDGE ? null : choice;
    }

    /**
     * What a choice reads on screen, in the component's language: the frequency words of the four-point scale
     * ("(Bijna) nooit" … "(Bijna) altijd"), the number on another scale, and "can't judge".
     */
    public static String label(com.vaadin.flow.component.Component on, int choice, int scaleMax) {
        if (choice == CANT_JUDGE) {
            return on.getTranslation("scale.cant-judge");
        }
        return scaleMax == 4 ? on.getTranslation("scale." + choice) : String.valueOf(choice);
    }

    /** The choice that shows a stored score: "can't judge" for null. */
    public static int choice(@Nullable Integer score) {
        return score == null ? CANT_JUDGE : score;
    }
}
