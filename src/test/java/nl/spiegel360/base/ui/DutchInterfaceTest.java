package nl.spiegel360.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.dom.Element;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import nl.spiegel360.demo.DemoPeople;
import nl.spiegel360.test.KaribuTest;
import org.junit.jupiter.api.Test;

/**
 * The Dutch interface speaks Dutch: every route each role reaches (its menu and the tasks its start page links to)
 * is rendered in Dutch, and no visible text, label, helper text, placeholder or accessible name is an English text
 * of the translations or one of Vaadin's English defaults.
 */
class DutchInterfaceTest extends KaribuTest {

    /** Vaadin's own English texts that show when a component's texts are not set. */
    private static final Set<String> VAADIN_DEFAULTS = Set.of("Upload File...", "Upload Files...", "Drop file here",
            "Drop files here", "Cancel", "Confirm", "OK", "Reject", "Close", "Clear", "Select", "Search", "Today",
            "Download PDF", "Download CSV", "Remove", "Retry");
    private static final String[] PROPERTIES = {"label", "helperText", "placeholder", "title", "errorMessage",
            "emptySelectionCaption", "header"};

    @Test
    void no_route_of_any_role_shows_english_in_the_dutch_interface() throws IOException {
        Set<String> english = englishOnly();
        List<String> found = new ArrayList<>();
        int routes = 0;
        for (String email : List.of(DemoPeople.HR_EMAIL, DemoPeople.MANAGER_EMAIL, "lucas@spiegel360.example",
                DemoPeople.SANNE_EMAIL)) {
            signInAs(email);
            UI.getCurrent().navigate("");
            Set<String> paths = new LinkedHashSet<>();
            paths.add("");
            _get(SideNav.class, spec -> spec.withId("main-menu")).getItems().stream().map(SideNavItem::getPath)
                    .forEach(paths::add);
            _find(Anchor.class).stream().map(Anchor::getHref)
                    .filter(h -> h.matches("(requests|pulses|reviews|cycles)/\\d+.*")).forEach(paths::add);
            for (String path : paths) {
                UI.getCurrent().navigate(path);
                routes++;
                List<String> texts = texts();
                assertThat(texts).as("texts on /%s", path).isNotEmpty();
                for (String text : texts) {
                    if (english.contains(text) || VAADIN_DEFAULTS.contains(text)) {
                        found.add(email + " /" + path + ": " + text);
                    }
                }
            }
        }
        assertThat(routes).as("routes rendered").isGreaterThan(15);
        assertThat(found).as("English in the Dutch interface").isEmpty();
    }

    /** Every text a reader sees or hears on the page: text nodes, labels, helpers, placeholders, accessible names. */
    private static List<String> texts() {
        List<String> texts = new ArrayList<>();
        for (Component component : _find(Component.class)) {
            Element element = component.getElement();
            element.getChildren().filter(Element::isTextNode).map(e -> e.getText().strip())
                    .filter(t -> !t.isEmpty()).forEach(texts::add);
            for (String property : PROPERTIES) {
                String value = element.getProperty(property);
                if (value != null && !value.isBlank()) {
                    texts.add(value.strip());
                }
            }
            String aria = element.getAttribute("aria-label");
            if (aria != null) {
                texts.add(aria.strip());
            }
        }
        return texts;
    }

    /**
     * The English translations that are no Dutch text as well ("Start", "Team"), without arguments, longer than
     * three letters.
     */
    private static Set<String> englishOnly() throws IOException {
        Properties en = load("en");
        Properties nl = load("nl");
        Set<String> dutch = new java.util.HashSet<>();
        nl.stringPropertyNames().forEach(k -> dutch.add(nl.getProperty(k).replace("''", "'").strip()));
        Set<String> english = new LinkedHashSet<>();
        for (String key : en.stringPropertyNames()) {
            String value = en.getProperty(key).replace("''", "'").strip();
            if (!dutch.contains(value) && !value.contains("{") && value.length() > 3
                    && value.chars().anyMatch(Character::isLetter)) {
                english.add(value.strip());
            }
        }
        return english;
    }

    private static Properties load(String language) throws IOException {
        Properties texts = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/vaadin-i18n/translations_" + language
                + ".properties"), StandardCharsets.UTF_8)) {
            texts.load(in);
        }
        return texts;
    }
}
