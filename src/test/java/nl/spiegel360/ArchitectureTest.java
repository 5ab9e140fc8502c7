package nl.spiegel360;

import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The package rules of the code base: features without cycles, Vaadin only in ui packages. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.spiegel360");

    /**
     * A class of one job stays small: at most 300 lines and, for a Spring bean, 8 collaborators (its constructor's
     * parameters), views aside, or its description says why it is larger ("lines" for the one, "collaborators" for the other), so that
     * growth is a decision someone wrote down rather than something that happened.
     */
    @Test
    void classes_stay_small_or_say_why() throws java.io.IOException {
        java.nio.file.Path root = java.nio.file.Path.of("src/main/java");
        java.util.List<String> oversized = new java.util.ArrayList<>();
        for (JavaClass type : CLASSES) {
            if (type.isNestedClass() || type.isAnonymousClass() || type.getPackageName().contains(".ui")) {
                continue;
            }
            java.nio.file.Path file = root.resolve(type.getName().replace('.', '/') + ".java");
            if (!java.nio.file.Files.exists(file)) {
                continue;
            }
            java.util.List<String> lines = java.nio.file.Files.readAllLines(file);
            String description = description(lines, type.getSimpleName());
            // a Spring bean's constructor takes its collaborators; a record's or an entity's takes its values
            int collaborators = type.isMetaAnnotatedWith(org.springframework.stereotype.Component.class)
                    ? type.getConstructors().stream().mapToInt(c -> c.getRawParameterTypes().size()).max().orElse(0)
                    : 0;
            if (lines.size() > 300 && !description.contains("lines")) {
                oversized.add(type.getName() + ": " + lines.size() + " lines");
            }
            if (collaborators > 8 && !description.contains("collaborators")) {
                oversized.add(type.getName() + ": " + collaborators + " collaborators");
            }
        }
        org.assertj.core.api.Assertions.assertThat(oversized)
                .as("classes over 300 lines or 8 collaborators whose description does not say why")
                .isEmpty();
    }

    /** The Javadoc just above the class's declaration, or nothing. */
    private static String description(java.util.List<String> lines, String simpleName) {
        java.util.regex.Pattern declaration = java.util.regex.Pattern.compile(
                "^(public |final |abstract |sealed |non-sealed )*(class|record|interface|enum) " + simpleName
                        + "\\b.*");
        for (int i = 0; i < lines.size(); i++) {
            if (declaration.matcher(lines.get(i)).matches()) {
                StringBuilder text = new StringBuilder();
                for (int j = i - 1; j >= 0 && !lines.get(j).startsWith("import ")
                        && !lines.get(j).startsWith("package "); j--) {
                    text.insert(0, lines.get(j) + "\n");
                }
                return text.toString();
            }
        }
        return "";
    }

    @Test
    void features_have_no_cycles() {
        slices().matching("nl.spiegel360.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void only_ui_packages_import_vaadin() {
        noClasses().that().resideOutsideOfPackages("nl.spiegel360.(*).ui..", "nl.spiegel360")
                .and().doNotHaveFullyQualifiedName("nl.spiegel360.security.SecurityConfig")
                .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
                .because("views belong in a feature's ui package; the service layer knows nothing of Vaadin")
                .check(CLASSES);
    }

    @Test
    void views_never_touch_repositories() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(org.springframework.data.repository.Repository.class)
                .check(CLASSES);
    }

    @Test
    void base_imports_no_feature() {
        noClasses().that().resideInAPackage("nl.spiegel360.base..")
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("nl.spiegel360..")
                        .and(DescribedPredicate.not(JavaClass.Predicates.resideInAPackage("nl.spiegel360.base.."))))
                .check(CLASSES);
    }

    @Test
    void the_aggregation_engine_imports_nothing_but_the_jdk() {
        classes().that().resideInAPackage("nl.spiegel360.aggregation..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "nl.spiegel360.aggregation..",
                        "org.jspecify.annotations..")
                .check(CLASSES);
    }

    @Test
    void no_feature_imports_the_screens_of_another() {
        java.util.Set<String> features = new java.util.TreeSet<>();
        CLASSES.forEach(c -> {
            String[] parts = c.getPackageName().split("\\.");
            if (parts.length > 2 && !parts[2].equals("base")) {
                features.add(parts[2]);
            }
        });
        assertThat(features).as("every feature, found in the code").contains("development", "provisioning", "review");
        for (String feature : features) {
            noClasses().that().resideInAPackage("nl.spiegel360." + feature + "..")
                    .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("nl.spiegel360.(*).ui..")
                            .and(DescribedPredicate.not(JavaClass.Predicates.resideInAnyPackage(
                                    "nl.spiegel360." + feature + "..", "nl.spiegel360.base.ui.."))))
                    .because("a feature's screens are its own; shared screen parts live in base.ui")
                    .check(CLASSES);
        }
    }

    @Test
    void entities_and_repositories_are_never_public() {
        classes().that().areAnnotatedWith(jakarta.persistence.Entity.class)
                .or().areAssignableTo(org.springframework.data.repository.Repository.class)
                .should().notBePublic()
                .because("a feature's stored form is its own; other features use its services and records")
                .check(CLASSES);
    }

    @Test
    void one_jackson_the_one_spring_boot_brings() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson.databind..",
                        "com.fasterxml.jackson.core..")
                .because("JSON is read and written with Jackson 3 (tools.jackson), as Spring Boot does")
                .check(CLASSES);
    }

    @Test
    void the_root_package_holds_only_the_application() {
        classes().that().resideInAPackage("nl.spiegel360").should().haveSimpleNameStartingWith("Application")
                .check(CLASSES);
    }
}
