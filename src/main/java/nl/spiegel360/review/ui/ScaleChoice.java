package nl.spiegel360.review.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasEnabled;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Entities;

/**
 * One questionnaire item: a native fieldset with a legend (the behavioural indicator) and a radio button per
 * option, written as one element. A radio button group component keeps a server-side component tree per
 * option; a questionnaire of 68 items with 5 options each would keep 340 of them in every open session, this
 * keeps 68 elements. Native radios in a fieldset give the keyboard (Tab to the group, arrow keys between
 * options) and screen readers (the legend names the group) what they expect.
 */
@Tag("fieldset")
class ScaleChoice extends AbstractField<ScaleChoice, Integer> implements HasEnabled, HasStyle {

    private final String name;
    private final String legend;
    private final List<Integer> options;
    private final List<String> labels;
    private boolean readOnly;
    private int renders;

    /**
     * @param name unique on the page: the radio buttons' name and the fieldset's id
     * @param legend the question
     * @param options the values in the order shown
     * @param labels the label of each value, in the same order (the lists are kept, not copied: a page shares
     *     them among its items)
     */
    ScaleChoice(String name, String legend, List<Integer> options, List<String> labels) {
        super(null);
        if (options.size() != labels.size()) {
            throw new IllegalArgumentException("one label per option");
        }
        this.name = name;
        this.legend = legend;
        this.options = options;
        this.labels = labels;
        setId(name);
        getElement().addEventListener("change", event -> {
            var raw = event.getEventData().get("event.target.value");
            Integer chosen = parse(raw == null ? null : raw.asString());
            if (!readOnly && isEnabled() && chosen != null && options.contains(chosen)) {
                setModelValue(chosen, true);
            } else {
                render();
            }
        }).addEventData("event.target.value");
        render();
    }

    @Override
    protected void setPresentationValue(@Nullable Integer value) {
        render();
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        getElement().setAttribute("disabled", readOnly);
        if (readOnly) {
            getElement().setAttribute("aria-readonly", "true");
        } else {
            getElement().removeAttribute("aria-readonly");
        }
    }

    @Override
    public boolean isReadOnly() {
        return readOnly;
    }

    private void render() {
        Integer value = getValue();
        StringBuilder html = new StringBuilder(512);
        // the counter makes every rendering differ, so that a value set back on the server reaches the browser
        html.append("<legend data-r=\"").append(++renders).append("\">").append(Entities.escape(legend))
                .append("</legend><div class=\"scale-options\">");
        for (int i = 0; i < options.size(); i++) {
            int option = options.get(i);
            html.append("<label><input type=\"radio\" name=\"").append(name).append("\" value=\"").append(option)
                    .append('"');
            if (value != null && value == option) {
                html.append(" checked");
            }
            html.append("><span>").append(Entities.escape(labels.get(i))).append("</span></label>");
        }
        getElement().setProperty("innerHTML", html.append("</div>").toString());
    }

    private static @Nullable Integer parse(@Nullable String raw) {
        try {
            return raw == null ? null : Integer.valueOf(raw);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
