package nl.spiegel360.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.internal.JacksonUtils;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Choices the browser made that no server answered (the session had expired, the node was gone): the sheet keeps
 * them in the page's local storage under a key per request until a server answers; when the questionnaire opens
 * again they are compared with what is stored, the items not stored are marked, and the browser forgets them.
 */
final class UnsavedChoices {

    private UnsavedChoices() {
    }

    /** The local-storage key of one request's pending choices. */
    static String key(long assignmentId) {
        return "spiegel360.unsaved." + assignmentId;
    }

    /** Asks the browser for the pending choices ({"indicator id": "value"}) and forgets them there. */
    static void ask(Component page, String key, Consumer<String> pending) {
        page.getElement().executeJs("const k = $0; const v = localStorage.getItem(k); localStorage.removeItem(k); "
                + "return v || '';", key).then(String.class, json -> {
                    if (!json.isEmpty()) {
                        pending.accept(json);
                    }
                });
    }

    /**
     * Marks, on their sheets, the pending choices that differ from the stored value (ScaleChoice.CANT_JUDGE for "can't judge");
     * returns the texts of those items, quoted and joined, or "" when every pending choice was stored after all.
     */
    static String markNotSaved(String json, List<ScaleSheet> sheets, Map<Long, Integer> stored) {
        List<String> names = new ArrayList<>();
        var pending = JacksonUtils.readTree(json);
        for (ScaleSheet sheet : sheets) {
            List<Long> notSaved = new ArrayList<>();
            for (long id : sheet.indicatorIds()) {
                var chosen = pending.get(Long.toString(id));
                if (chosen != null && !chosen.asString().equals(String.valueOf(stored.get(id)))) {
                    notSaved.add(id);
                    names.add("‘" + sheet.text(id) + "’");
                }
            }
            if (!notSaved.isEmpty()) {
                sheet.markNotSaved(notSaved);
            }
        }
        return String.join(", ", names);
    }
}
