package nl.spiegel360.base.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBoxI18n;

/**
 * What a multi-select announces to a screen reader ("added to selection", "4 items selected"), in the user's
 * language, which the component would otherwise say in English.
 */
public final class MultiSelectTexts {

    private MultiSelectTexts() {
    }

    public static void apply(MultiSelectComboBox<?> box) {
        box.setI18n(new MultiSelectComboBoxI18n()
                .setCleared(box.getTranslation("multiselect.cleared"))
                .setFocused(box.getTranslation("multiselect.focused"))
                .setSelected(box.getTranslation("multiselect.selected"))
                .setDeselected(box.getTranslation("multiselect.deselected"))
                .setTotal(box.getTranslation("multiselect.total")));
    }
}
