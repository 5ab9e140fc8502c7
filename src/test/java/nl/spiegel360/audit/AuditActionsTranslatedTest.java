package nl.spiegel360.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every action the product writes to the audit log has a name in Dutch and English for the audit view: the literal
 * actions found in the sources, and those composed from a state.
 */
class AuditActionsTranslatedTest {

    private static final Pattern LITERAL = Pattern.compile(
            "(?:record|recordSeparately|recordForCurrentUser)\\((?:[^;\"]*?,\\s*)?\"([a-z][a-z-]*\\.[a-z.-]+)\"");
    private static final Pattern CHOICE = Pattern.compile("\\? \"([a-z][a-z-]*\\.[a-z.-]+)\" : \"([a-z][a-z-]*\\.[a-z.-]+)\"");
    private static final Set<String> COMPOSED = Set.of("cycle.nomination", "cycle.rating", "cycle.closed");

    @Test
    void every_audit_action_has_a_dutch_and_an_english_name() throws IOException {
        Set<String> actions = new TreeSet<>(COMPOSED);
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher m = LITERAL.matcher(source);
                while (m.find()) {
                    actions.add(m.group(1));
                }
                Matcher c = CHOICE.matcher(source);
                while (c.find()) {
                    if (source.substring(Math.max(0, c.start() - 40), c.start()).contains("record(")) {
                        actions.add(c.group(1));
                        actions.add(c.group(2));
                    }
                }
            }
        }
        assertThat(actions).as("found in the sources").contains("report.viewed", "login.failed", "plan.comment",
                "nomination.added");
        for (String language : new String[] {"nl", "en"}) {
            Properties texts = new Properties();
            try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/vaadin-i18n/translations_" + language
                    + ".properties"), StandardCharsets.UTF_8)) {
                texts.load(in);
            }
            assertThat(actions).as(language).allSatisfy(a -> assertThat(texts).containsKey("audit.action." + a));
        }
    }
}
