package nl.spiegel360.security;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Service;

/**
 * Every entry point carries an access rule: each public method of every service (on the method or its class),
 * and every routed view and layout. A new entry point without one fails the build.
 */
class AccessRulesTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("nl.spiegel360");

    @Test
    void every_public_service_method_has_an_access_rule() {
        methods().that().areDeclaredInClassesThat(serviceClasses()).and().arePublic()
                .and().doNotHaveModifier(JavaModifier.SYNTHETIC)
                .should(haveAccessRule())
                .because("views are not a security boundary on their own; services check role and ownership")
                .check(CLASSES);
    }

    @Test
    void every_route_and_layout_has_an_access_annotation() {
        classes().that().areAnnotatedWith(Route.class).or().areAnnotatedWith(Layout.class)
                .should().beAnnotatedWith(PermitAll.class).orShould().beAnnotatedWith(RolesAllowed.class)
                .orShould().beAnnotatedWith(AnonymousAllowed.class).orShould().beAnnotatedWith(DenyAll.class)
                .check(CLASSES);
    }

    @Test
    void the_rules_see_the_services_and_views_there_are() {
        List<JavaClass> services = CLASSES.stream().filter(serviceClasses()::test).toList();
        assertThat(services).extracting(JavaClass::getSimpleName).contains("PersonAdministration", "CycleService",
                "QuestionnaireService", "NominationService", "ReportService", "RoleProfileService");
        assertThat(CLASSES.stream().filter(c -> c.isAnnotatedWith(Route.class)).count()).isGreaterThan(12);
    }

    private static DescribedPredicate<JavaClass> serviceClasses() {
        return DescribedPredicate.describe("services of Spiegel360", c -> c.isAnnotatedWith(Service.class)
                && !c.isAssignableTo(UserDetailsService.class));
    }

    private static ArchCondition<JavaMethod> haveAccessRule() {
        return new ArchCondition<>("have @PreAuthorize on the method or its class") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean ruled = method.isAnnotatedWith(PreAuthorize.class)
                        || method.getOwner().isAnnotatedWith(PreAuthorize.class);
                events.add(new SimpleConditionEvent(method, ruled, method.getFullName() + " has no access rule"));
            }
        };
    }
}
