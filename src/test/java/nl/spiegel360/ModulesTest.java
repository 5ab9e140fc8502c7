package nl.spiegel360;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The application's modules as Spring Modulith sees them: every feature reaches into another only through what that
 * feature exposes, and without cycles. The diagrams the README links are generated from the same model, so that
 * they cannot go stale: a change of the modules fails here until {@code src/docs/modules} is regenerated.
 */
class ModulesTest {

    static final ApplicationModules MODULES = ApplicationModules.of(Application.class);
    static final Path COMMITTED = Path.of("src/docs/modules");

    @Test
    void modules_only_use_what_other_modules_expose() {
        MODULES.verify();
    }

    @Test
    void the_committed_diagrams_match_the_modules() throws IOException {
        Path generated = Path.of("target/spring-modulith-docs");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(generated.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
        if (Boolean.getBoolean("spiegel360.write-module-docs")) {
            Files.createDirectories(COMMITTED);
            for (Path file : pumlFiles(generated)) {
                Files.copy(file, COMMITTED.resolve(file.getFileName()),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        List<Path> expected = pumlFiles(generated);
        assertThat(pumlFiles(COMMITTED).stream().map(p -> p.getFileName().toString()))
                .as("diagrams in src/docs/modules (regenerate with -Dspiegel360.write-module-docs=true)")
                .containsExactlyInAnyOrderElementsOf(expected.stream().map(p -> p.getFileName().toString()).toList());
        for (Path file : expected) {
            assertThat(lines(COMMITTED.resolve(file.getFileName())))
                    .as(file.getFileName() + " (regenerate with -Dspiegel360.write-module-docs=true)")
                    .isEqualTo(lines(file));
        }
    }

    /** The diagram's lines in a fixed order: the generator writes relations in no particular order. */
    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file).stream().sorted().toList();
    }

    private static List<Path> pumlFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".puml")).sorted().toList();
        }
    }
}
