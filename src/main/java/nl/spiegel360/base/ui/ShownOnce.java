package nl.spiegel360.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;

/**
 * A secret shown this once (a provisioning token, an API client's secret, a webhook's signing secret): the dialog's
 * content is replaced by a read-only field that holds it, a sentence saying it will not be shown again, a button that
 * copies it, and a button that closes the dialog.
 */
public final class ShownOnce {

    private ShownOnce() {
    }

    /**
     * Replaces the dialog's content with {@code before} (fields to show with the secret, such as a client's id) and
     * the secret; {@code prefix} names the field ({@code -secret}), the copy button ({@code -copy}) and the closing
     * button ({@code -done}).
     */
    public static void show(Dialog dialog, String prefix, String label, String secret, String helper, String copy,
            String close, List<Component> before) {
        dialog.removeAll();
        dialog.getFooter().removeAll();
        before.forEach(dialog::add);
        var field = readOnly(prefix + "-secret", label, secret);
        field.setHelperText(helper);
        var copyButton = new Button(copy, VaadinIcon.COPY_O.create(),
                x -> field.getElement().executeJs("navigator.clipboard.writeText($0)", secret));
        copyButton.setId(prefix + "-copy");
        dialog.add(field, copyButton);
        var done = new Button(close, x -> dialog.close());
        done.setId(prefix + "-done");
        dialog.getFooter().add(done);
    }

    /** A read-only field that holds a value to copy. */
    public static TextField readOnly(String id, String label, String value) {
        var field = new TextField(label);
        field.setId(id);
        field.setValue(value);
        field.setReadOnly(true);
        field.setWidthFull();
        return field;
    }
}
