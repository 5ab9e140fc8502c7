package nl.spiegel360.base.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import nl.spiegel360.base.Emphasis;

/** A text with its bold parts in {@code <strong>} (see {@link Emphasis}), as one inline element. */
public final class EmphasisText {

    private EmphasisText() {
    }

    public static Span of(String marked) {
        Span text = new Span();
        for (Emphasis.Part part : Emphasis.parts(marked)) {
            text.getElement().appendChild(part.bold() ? new Element("strong").setText(part.text())
                    : Element.createText(part.text()));
        }
        return text;
    }
}
