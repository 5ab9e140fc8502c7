package nl.spiegel360.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.spiegel360.base.Emphasis;
import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Entities;

/**
 * The items of one competency: per behavioural indicator a native fieldset with a legend (the indicator) and a
 * radio button per option, all written as one element. A field component per item keeps a server-side tree per
 * item (and a radio button group one per option): 68 items with 5 options each cost an open questionnaire about
 * 1 MB as radio button groups, this keeps six elements. Native radios in a fieldset give the keyboard (Tab to
 * an item, arrow keys between its options) and screen readers (the legend names the item) what they expect.
 */
@Tag("div")
class ScaleSheet extends Component implements HasStyle {

    /** Whether an item's last choice is stored. */
    enum ItemState {
        /** No answer yet. */
        NONE,
        /** The value shown is the stored one. */
        SAVED,
        /** The last choice was not stored; the value shown is the stored one again. */
        NOT_SAVED
    }

    /** The words beside an item: while its choice travels, once stored, and when it was not stored. */
    record StateTexts(String saving, String saved, String notSaved) {
    }

    /** Installs the browser's part once per sheet: marking a choice as saving and remembering it until answered. */
    private static final String CLIENT = """
            const sheet = this;
            sheet.addEventListener('change', e => {
              const input = e.target;
              if (input.type !== 'radio' || !input.name.startsWith('item-')) return;
              const item = input.name.substring(5);
              const key = sheet.dataset.unsavedKey;
              const pending = JSON.parse(localStorage.getItem(key) || '{}');
              pending[item] = input.value;
              localStorage.setItem(key, JSON.stringify(pending));
              const state = sheet.querySelector('#state-' + item);
              if (state) { state.textContent = sheet.dataset.saving; state.className = 'item-state saving'; }
            }, true);""";

    /** Tells the browser that the server has answered for an item: its choice is no longer pending. */
    private static final String ANSWERED = """
            const key = this.dataset.unsavedKey;
            const pending = JSON.parse(localStorage.getItem(key) || '{}');
            delete pending[$0];
            if (Object.keys(pending).length) localStorage.setItem(key, JSON.stringify(pending));
            else localStorage.removeItem(key);
            const state = this.querySelector('#state-' + $0);
            if (state && $1) { state.textContent = $1; state.className = 'item-state saved'; }""";

    /** Called when the rater chooses an option of an item. */
    interface ChoiceListener {
        void chosen(long indicatorId, int value);
    }

    private final Map<Long, String> items;
    private final Map<Long, Integer> values = new HashMap<>();
    private final Map<Long, ItemState> states = new HashMap<>();
    private final StateTexts texts;
    private final List<Integer> options;
    private final List<String> labels;
    private final List<ChoiceListener> listeners = new ArrayList<>(1);
    private boolean readOnly;
    private int renders;

    /**
     * @param items indicator id to its text, in the order shown
     * @param options the values in the order shown
     * @param labels the label of each value, in the same order (kept, not copied: a page shares them)
     * @param texts the words for an item's state
     * @param unsavedKey the local-storage key under which the browser keeps choices the server has not answered
     */
    ScaleSheet(Map<Long, String> items, List<Integer> options, List<String> labels, StateTexts texts,
            String unsavedKey) {
        if (options.size() != labels.size()) {
            throw new IllegalArgumentException("one label per option");
        }
        this.items = new LinkedHashMap<>(items);
        this.options = options;
        this.labels = labels;
        this.texts = texts;
        addClassName("questionnaire-items");
        getElement().setAttribute("data-saving", texts.saving());
        getElement().setAttribute("data-unsaved-key", unsavedKey);
        addAttachListener(attach -> getElement().executeJs(CLIENT));
        getElement().addEventListener("change", event -> {
            var name = event.getEventData().get("event.target.name");
            var value = event.getEventData().get("event.target.value");
            Long indicator = parse(name == null ? null : name.asString().replace("item-", ""));
            Long chosen = parse(value == null ? null : value.asString());
            if (indicator == null || chosen == null) {
                return;
            }
            choose(indicator, chosen.intValue());
        }).addEventData("event.target.name").addEventData("event.target.value");
        render();
    }

    void addChoiceListener(ChoiceListener listener) {
        listeners.add(listener);
    }

    /** The indicators of this sheet, in order. */
    List<Long> indicatorIds() {
        return List.copyOf(items.keySet());
    }

    @Nullable Integer getValue(long indicatorId) {
        return values.get(indicatorId);
    }

    /**
     * The rater chooses an option, as a click or an arrow key does in the browser: refused (and shown again as it
     * was) on a read-only sheet or for an item or value that the sheet does not have.
     */
    void choose(long indicatorId, int value) {
        if (readOnly || !items.containsKey(indicatorId) || !options.contains(value)) {
            render();
            return;
        }
        values.put(indicatorId, value);
        listeners.forEach(l -> l.chosen(indicatorId, value));
    }

    /** Shows a value set by the server (null: no answer), without telling the listeners. */
    void setValue(long indicatorId, @Nullable Integer value) {
        if (value == null) {
            values.remove(indicatorId);
        } else {
            values.put(indicatorId, value);
        }
        render();
    }

    /** Shows stored answers as the sheet opens: each shown as saved. */
    void showStored(Map<Long, Integer> stored) {
        stored.forEach((id, value) -> {
            if (items.containsKey(id)) {
                values.put(id, value);
                states.put(id, ItemState.SAVED);
            }
        });
        render();
    }

    /** The server stored the item's last choice. */
    void saved(long indicatorId) {
        states.put(indicatorId, ItemState.SAVED);
        getElement().executeJs(ANSWERED, String.valueOf(indicatorId), texts.saved());
    }

    /** The item's last choice was not stored: the stored value (null: none) is shown again, and said so. */
    void notSaved(long indicatorId, @Nullable Integer stored) {
        states.put(indicatorId, ItemState.NOT_SAVED);
        getElement().executeJs(ANSWERED, String.valueOf(indicatorId), "");
        setValue(indicatorId, stored);
    }

    /** Marks items whose choice was not stored before the page was left, without changing what is shown. */
    void markNotSaved(java.util.Collection<Long> indicatorIds) {
        indicatorIds.stream().filter(items::containsKey).forEach(id -> states.put(id, ItemState.NOT_SAVED));
        render();
    }

    ItemState state(long indicatorId) {
        return states.getOrDefault(indicatorId, ItemState.NONE);
    }

    /** The text of an item, or null when the sheet does not have it. */
    @Nullable String text(long indicatorId) {
        String marked = items.get(indicatorId);
        return marked == null ? null : Emphasis.plain(marked);
    }

    void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        render();
    }

    boolean isReadOnly() {
        return readOnly;
    }

    private void render() {
        StringBuilder html = new StringBuilder(items.size() * 480);
        // the counter makes every rendering differ, so that a value set back on the server reaches the browser
        html.append("<span hidden data-r=\"").append(++renders).append("\"></span>");
        items.forEach((id, text) -> {
            html.append("<fieldset class=\"questionnaire-item\" id=\"item-").append(id).append('"');
            if (readOnly) {
                html.append(" disabled");
            }
            html.append("><legend>");
            for (Emphasis.Part part : Emphasis.parts(text)) {
                html.append(part.bold() ? "<strong>" : "").append(Entities.escape(part.text()))
                        .append(part.bold() ? "</strong>" : "");
            }
            html.append("</legend><div class=\"scale-options\">");
            Integer value = values.get(id);
            for (int i = 0; i < options.size(); i++) {
                int option = options.get(i);
                html.append("<label><input type=\"radio\" name=\"item-").append(id).append("\" value=\"")
                        .append(option).append('"');
                if (value != null && value == option) {
                    html.append(" checked");
                }
                html.append(">").append(Entities.escape(labels.get(i))).append("</label>");
            }
            html.append("</div>");
            // a read-only sheet (submitted or closed) has nothing left to save: no state beside its items
            ItemState state = readOnly ? ItemState.NONE : states.getOrDefault(id, ItemState.NONE);
            html.append("<span class=\"item-state ").append(state.name().toLowerCase(java.util.Locale.ROOT))
                    .append("\" id=\"state-").append(id).append("\" role=\"status\">");
            if (state != ItemState.NONE) {
                html.append(Entities.escape(state == ItemState.SAVED ? texts.saved() : texts.notSaved()));
            }
            html.append("</span></fieldset>");
        });
        getElement().setProperty("innerHTML", html.toString());
    }

    private static @Nullable Long parse(@Nullable String raw) {
        try {
            return raw == null ? null : Long.valueOf(raw);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
