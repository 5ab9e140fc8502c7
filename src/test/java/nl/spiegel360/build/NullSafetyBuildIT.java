package nl.spiegel360.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The product's own build refuses a possible null where the code promises none: this project's pom and Maven
 * settings compile a small package with such a mistake and fail with NullAway's message, and compile it once the
 * mistake is fixed.
 */
class NullSafetyBuildIT {

    private static final String PACKAGE_INFO = """
            @NullMarked
            package nl.spiegel360.probe;

            import org.jspecify.annotations.NullMarked;
            """;

    private static final String WITH_MISTAKE = """
            package nl.spiegel360.probe;

            import org.jspecify.annotations.Nullable;

            class Names {
                @Nullable String find(String key) {
                    return key.isEmpty() ? null : key;
                }

                int length(String key) {
                    return find(key).length();
                }
            }
            """;

    @Test
    void the_build_fails_on_a_null_safety_error_and_passes_once_it_is_fixed(@TempDir Path project) throws Exception {
        Files.copy(Path.of("pom.xml"), project.resolve("pom.xml"));
        Files.createDirectories(project.resolve(".mvn"));
        Files.copy(Path.of(".mvn/jvm.config"), project.resolve(".mvn/jvm.config"));
        Path sources = Files.createDirectories(project.resolve("src/main/java/nl/spiegel360/probe"));
        Files.writeString(sources.resolve("package-info.java"), PACKAGE_INFO);
        Files.writeString(sources.resolve("Names.java"), WITH_MISTAKE);

        Result broken = compile(project);
        assertThat(broken.exitCode()).as(broken.output()).isNotZero();
        assertThat(broken.output()).contains("[NullAway]", "Names.java");

        Files.writeString(sources.resolve("Names.java"), WITH_MISTAKE.replace("return find(key).length();",
                "String found = find(key);\n        return found == null ? 0 : found.length();"));
        Result fixed = compile(project);
        assertThat(fixed.exitCode()).as(fixed.output()).isZero();
    }

    private record Result(int exitCode, String output) {
    }

    private static Result compile(Path project) throws IOException, InterruptedException {
        Path log = project.resolve("build.log");
        Process maven = new ProcessBuilder(List.of("mvn", "-B", "-q", "compile"))
                .directory(project.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(maven.waitFor(5, TimeUnit.MINUTES)).as("the build finished").isTrue();
        return new Result(maven.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
}
