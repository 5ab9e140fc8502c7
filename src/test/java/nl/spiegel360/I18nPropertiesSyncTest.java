package nl.spiegel360;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Both languages define the same keys, and every key the code asks for exists. */
class I18nPropertiesSyncTest {

    /** A literal key passed to getTranslation or t(...), or named in @Menu(title = ...). */
    private static final Pattern USED = Pattern.compile(
            "(?:getTranslation|\\bt)\\(\\s*\"([a-z0-9.-]*[a-z0-9])\"|title\\s*=\\s*\"([a-z0-9.-]*[a-z0-9])\"");

    @Test
    void dutch_and_english_define_the_same_keys() throws IOException {
        Set<String> nl = load("translations_nl.properties").stringPropertyNames();
        Set<String> en = load("translations_en.properties").stringPropertyNames();
        assertThat(difference(nl, en)).as("keys missing from the English file").isEmpty();
        assertThat(difference(en, nl)).as("keys missing from the Dutch file").isEmpty();
    }

    /**
     * A text with placeholders is formatted by MessageFormat, where an apostrophe is written twice; a text without
     * them is shown as it stands, where a doubled apostrophe would be seen doubled ("one''s").
     */
    @Test
    void apostrophes_are_written_as_each_text_is_shown() throws IOException {
        Pattern placeholder = Pattern.compile("\\{\\d");
        Pattern lone = Pattern.compile("(?<!')'(?!')");
        for (String file : new String[] {"translations_nl.properties", "translations_en.properties"}) {
            Properties texts = load(file);
            Set<String> wrong = new TreeSet<>();
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                boolean formatted = placeholder.matcher(text).find();
                if (formatted && lone.matcher(text).find() || !formatted && text.contains("''")) {
                    wrong.add(key);
                }
            }
            assertThat(wrong).as("texts of %s whose apostrophes show wrongly", file).isEmpty();
        }
    }

    @Test
    void every_key_used_in_the_code_is_defined() throws IOException {
        Set<String> defined = load("translations_nl.properties").stringPropertyNames();
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = USED.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1) != null ? m.group(1) : m.group(2));
                }
            }
        }
        assertThat(used).as("keys found in the code").isNotEmpty();
        assertThat(difference(used, defined)).as("keys used in the code but defined nowhere").isEmpty();
    }

    @Test
    void every_message_key_thrown_by_a_service_is_defined() throws IOException {
        Pattern thrown = Pattern.compile("(?:UserFacingException|Problem)\\([^\";\\n]*\"([a-z0-9.-]+)\"");
        Set<String> defined = load("translations_en.properties").stringPropertyNames();
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = thrown.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(difference(used, defined)).isEmpty();
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(new HashSet<>(b));
        return result;
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = I18nPropertiesSyncTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }
}
