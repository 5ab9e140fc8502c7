package nl.spiegel360.base.ui;

import com.vaadin.flow.component.html.Paragraph;

/** The one answer to an id that does not exist or may not be seen: the two are never told apart. */
public class NotFoundMessage extends Paragraph {

    public NotFoundMessage() {
        super(getTranslationOrKey());
        setId("not-found");
    }

    private static String getTranslationOrKey() {
        return com.vaadin.flow.component.UI.getCurrent().getTranslation("common.not-found");
    }
}
