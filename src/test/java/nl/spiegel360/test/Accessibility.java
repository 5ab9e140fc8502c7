package nl.spiegel360.test;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import org.openqa.selenium.WebDriver;

/** axe-core's check of the page the browser shows: the violations of serious or critical impact, described. */
public final class Accessibility {

    private Accessibility() {
    }

    public static List<String> seriousViolations(WebDriver driver) {
        return new AxeBuilder().analyze(driver).getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(Accessibility::describe).toList();
    }

    private static String describe(Rule rule) {
        return rule.getId() + ": " + rule.getHelp() + " " + rule.getNodes().stream().map(n -> n.getTarget()
                .toString()).limit(3).toList();
    }
}
