package nl.spiegel360.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.spiegel360.aggregation.RaterGroup;
import nl.spiegel360.quality.InstrumentStatistics.Competency;
import nl.spiegel360.quality.InstrumentStatistics.CompetencyQuality;
import nl.spiegel360.quality.InstrumentStatistics.GroupReliability;
import nl.spiegel360.quality.InstrumentStatistics.Item;
import nl.spiegel360.quality.InstrumentStatistics.Minimums;
import nl.spiegel360.quality.InstrumentStatistics.Questionnaire;
import nl.spiegel360.quality.InstrumentStatistics.Result;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The quality vectors: per file the ratings of a set of questionnaires and every statistic expected of them, each
 * computed by hand or from a published example named in the file. {@code QUALITY_VECTORS_DIR} runs the test on
 * another folder of such files.
 */
class QualityVectorsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final double TOLERANCE = 1e-9;

    static List<Path> vectors() throws IOException, URISyntaxException {
        String dir = System.getenv("QUALITY_VECTORS_DIR");
        Path folder = dir != null && !dir.isBlank() ? Path.of(dir)
                : Path.of(QualityVectorsTest.class.getResource("/quality-vectors").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
        }
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void every_statistic_equals_the_vector(Path file) throws IOException {
        JsonNode vector = JSON.readTree(Files.readString(file));
        List<Competency> profile = new ArrayList<>();
        for (JsonNode c : vector.get("profile")) {
            List<String> indicators = new ArrayList<>();
            c.get("indicators").forEach(i -> indicators.add(i.asString()));
            profile.add(new Competency(c.get("id").asString(), indicators));
        }
        List<Questionnaire> questionnaires = new ArrayList<>();
        for (JsonNode q : vector.get("questionnaires")) {
            Map<String, Integer> scores = new HashMap<>();
            q.get("scores").properties().forEach(e -> scores.put(e.getKey(),
                    e.getValue().isNull() ? null : e.getValue().asInt()));
            questionnaires.add(new Questionnaire(q.get("employee").asString(),
                    RaterGroup.valueOf(q.get("group").asString()), scores));
        }
        JsonNode min = vector.get("minimums");
        Result result = InstrumentStatistics.of(profile, questionnaires,
                new Minimums(min.get("questionnaires").asInt(), min.get("employees").asInt()));
        JsonNode expected = vector.get("expected");
        String name = file.getFileName().toString();
        assertThat(result.questionnaires()).as(name).isEqualTo(expected.get("questionnaires").asInt());
        if (expected.has("competencies")) {
            for (JsonNode c : expected.get("competencies")) {
                CompetencyQuality actual = result.competencies().stream()
                        .filter(x -> x.competency().equals(c.get("competency").asString())).findFirst().orElseThrow();
                assertThat(actual.complete()).as(name + " complete").isEqualTo(c.get("complete").asInt());
                number(name + " alpha", actual.alpha(), c.get("alpha"));
                for (JsonNode i : c.get("items")) {
                    Item item = actual.items().stream().filter(x -> x.indicator().equals(i.get("indicator").asString()))
                            .findFirst().orElseThrow();
                    String what = name + " " + item.indicator();
                    assertThat(item.asked()).as(what + " asked").isEqualTo(i.get("asked").asInt());
                    assertThat(item.scored()).as(what + " scored").isEqualTo(i.get("scored").asInt());
                    number(what + " can't judge", item.cantJudgeRate(), i.get("cantJudgeRate"));
                    number(what + " mean", item.mean(), i.get("mean"));
                    number(what + " sd", item.sd(), i.get("sd"));
                    number(what + " modal share", item.modalShare(), i.get("modalShare"));
                    number(what + " item-total", item.itemTotal(), i.get("itemTotal"));
                    List<String> flags = new ArrayList<>();
                    i.get("flags").forEach(f -> flags.add(f.asString()));
                    assertThat(item.flags()).extracting(Enum::name).as(what + " flags")
                            .containsExactlyInAnyOrderElementsOf(flags);
                }
            }
        }
        if (expected.has("groups")) {
            for (JsonNode g : expected.get("groups")) {
                GroupReliability actual = result.groups().stream()
                        .filter(x -> x.group().name().equals(g.get("group").asString())).findFirst().orElseThrow();
                String what = name + " " + actual.group();
                assertThat(actual.employees()).as(what + " employees").isEqualTo(g.get("employees").asInt());
                assertThat(actual.raters()).as(what + " raters").isEqualTo(g.get("raters").asInt());
                number(what + " ICC(1)", actual.icc1(), g.get("icc1"));
                number(what + " ICC(1,k)", actual.icc1k(), g.get("icc1k"));
                number(what + " mean raters", actual.meanRaters(), g.get("meanRaters"));
                if (g.get("ratersNeeded").isNull()) {
                    assertThat(actual.ratersNeeded()).as(what + " raters needed").isNull();
                } else {
                    assertThat(actual.ratersNeeded()).as(what + " raters needed")
                            .isEqualTo(g.get("ratersNeeded").asInt());
                }
            }
        }
    }

    private static void number(String what, Double actual, JsonNode expected) {
        if (expected == null || expected.isNull()) {
            assertThat(actual).as(what).isNull();
        } else {
            assertThat(actual).as(what).isNotNull();
            assertThat(actual).as(what).isCloseTo(expected.asDouble(), within(TOLERANCE));
        }
    }
}
