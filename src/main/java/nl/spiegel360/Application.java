package nl.spiegel360;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;
import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** Spiegel360: 360-degree competency feedback. */
@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/spiegel360.css")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }

    /**
     * The organisation's clock, in the organisation's time zone ({@code SPIEGEL360_TIME_ZONE}, default
     * Europe/Amsterdam), whatever the machine's: deadlines end at the organisation's midnight, the daily tasks run at
     * its morning, and every date shown is its date.
     */
    @Bean
    Clock clock(@org.springframework.beans.factory.annotation.Value("${spiegel360.time-zone:Europe/Amsterdam}")
            String zone) {
        return Clock.system(nl.spiegel360.base.OrganisationTime.zone(zone));
    }
}
