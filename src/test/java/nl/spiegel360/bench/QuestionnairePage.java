package nl.spiegel360.bench;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.internal.JacksonUtils;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The open questionnaire of a browserless session, read and answered as the browser does. */
final class QuestionnairePage {

    private static final Pattern ITEM_ID = Pattern.compile("<fieldset class=\"questionnaire-item\" id=\"item-(\\d+)\"");

    private QuestionnairePage() {
    }

    /** The questionnaire's items, as the page shows them: indicator id to the element that holds the item. */
    static Map<Long, Component> items() {
        Map<Long, Component> items = new LinkedHashMap<>();
        for (Component sheet : _find(Component.class, spec -> spec.withClasses("questionnaire-items"))) {
            Matcher ids = ITEM_ID.matcher(sheet.getElement().getProperty("innerHTML", ""));
            while (ids.find()) {
                items.put(Long.valueOf(ids.group(1)), sheet);
            }
        }
        return items;
    }

    /** What the browser sends when the rater picks an option: a change event from the radio button. */
    static void choose(Component sheet, long indicatorId, int value) {
        var data = JacksonUtils.createObjectNode();
        data.put("event.target.name", "item-" + indicatorId);
        data.put("event.target.value", String.valueOf(value));
        BasicUtilsKt._fireDomEvent(sheet, "change", data);
    }
}
