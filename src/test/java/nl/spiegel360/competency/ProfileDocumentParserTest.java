package nl.spiegel360.competency;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.spiegel360.competency.ProfileDefinition.CompetencyDefinition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed document, read exactly. */
class ProfileDocumentParserTest {

    static final String SEED = "/profiles/competentieprofiel-klantadviseur.txt";

    private static ProfileDocumentParser.Result result;
    private static ProfileDefinition profile;

    static byte[] seed() throws IOException {
        try (InputStream in = ProfileDocumentParserTest.class.getResourceAsStream(SEED)) {
            return in.readAllBytes();
        }
    }

    @BeforeAll
    static void parseSeed() throws IOException {
        result = ProfileDocumentParser.parse(seed());
        profile = result.profile();
    }

    @Test
    void the_seed_is_read_without_errors_or_warnings() {
        assertThat(result.errors()).isEmpty();
        assertThat(result.warnings()).isEmpty();
        assertThat(profile.name()).isEqualTo("Klantadviseur");
        assertThat(profile.versionLabel()).isEqualTo("November 2023");
        assertThat(profile.introduction()).startsWith("### Hoe zijn de competenties beschreven?")
                .contains("Daar waar in de competentie 'hij-zijn' staat wordt ook 'zij-haar' bedoeld.")
                .endsWith("open staan voor veranderingen (*leervermogen*)?");
    }

    @Test
    void a_competency_with_fewer_levels_than_the_others_is_a_warning_naming_it_and_its_line() throws Exception {
        String seed = new String(seed(), java.nio.charset.StandardCharsets.UTF_8);
        String twoLevels = seed.substring(0, seed.indexOf("<b>Competentieniveau 3</b>\tMonitort"))
                + seed.substring(seed.indexOf("\n\n", seed.indexOf("Ontwikkelt een systeem om fouten")));
        var read = ProfileDocumentParser.parse(twoLevels.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(read.errors()).isEmpty();
        assertThat(read.warnings()).singleElement().satisfies(w -> {
            assertThat(w.messageKey()).isEqualTo("profile.import.warning.level-counts");
            assertThat(w.line()).isEqualTo(lineOf(seed, "<b>Zorgvuldigheid</b>"));
            assertThat(w.arguments()).containsExactly("Zorgvuldigheid", 2, 3);
        });
    }

    private static int lineOf(String text, String start) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(start)) {
                return i + 1;
            }
        }
        throw new AssertionError(start);
    }

    @Test
    void six_competencies_in_matrix_order_with_their_norms_and_kinds() {
        assertThat(profile.competencies()).extracting(CompetencyDefinition::label).containsExactly(
                "Eigenaarschap", "Samenwerken", "Inlevingsvermogen", "Zorgvuldigheid", "Klantpartnerschap",
                "Communiceren");
        assertThat(profile.competencies()).extracting(CompetencyDefinition::norm).containsExactly(1, 1, 2, 2, 2, 2);
        assertThat(profile.competencies()).extracting(CompetencyDefinition::kind).containsExactly(
                CompetencyKind.GENERIC, CompetencyKind.GENERIC, CompetencyKind.GENERIC, CompetencyKind.SPECIFIC,
                CompetencyKind.SPECIFIC, CompetencyKind.SPECIFIC);
    }

    @Test
    void sixty_eight_indicators_counted_per_competency_and_level() {
        assertThat(profile.indicatorCount()).isEqualTo(68);
        Map<String, List<Integer>> perLevel = profile.competencies().stream().collect(Collectors.toMap(
                CompetencyDefinition::label, c -> c.levels().stream().map(List::size).toList()));
        assertThat(perLevel).containsExactlyInAnyOrderEntriesOf(Map.of(
                "Zorgvuldigheid", List.of(4, 4, 3),
                "Eigenaarschap", List.of(4, 4, 4),
                "Communiceren", List.of(4, 4, 4),
                "Inlevingsvermogen", List.of(4, 3, 3),
                "Klantpartnerschap", List.of(4, 3, 4),
                "Samenwerken", List.of(4, 4, 4)));
    }

    @Test
    void clusters_follow_the_document_sections() {
        Map<String, String> clusters = profile.competencies().stream()
                .collect(Collectors.toMap(CompetencyDefinition::label, CompetencyDefinition::cluster));
        assertThat(clusters).containsExactlyInAnyOrderEntriesOf(Map.of(
                "Zorgvuldigheid", "Voorwaarden voor succes",
                "Eigenaarschap", "Realiseren van doelen",
                "Communiceren", "Mensen meekrijgen",
                "Inlevingsvermogen", "Mensen meekrijgen",
                "Klantpartnerschap", "Mensen meekrijgen",
                "Samenwerken", "Mensen meekrijgen"));
        assertThat(competency("Zorgvuldigheid").documentPosition()).isZero();
        assertThat(competency("Samenwerken").documentPosition()).isEqualTo(5);
    }

    @Test
    void all_six_definitions_word_for_word() {
        assertThat(competency("Zorgvuldigheid").definition()).isEqualTo("Vermogen om gedurende langere periode "
                + "nauwkeurig en zorgvuldig te werken, met oog voor detail, gericht op het voorkomen van fouten en "
                + "slordigheden, zowel in eigen als andermans werk.");
        assertThat(competency("Eigenaarschap").definition()).isEqualTo("Verantwoordelijkheid nemen voor je "
                + "werkzaamheden en daarbij de organisatie als geheel zien. Vanuit je professie de regie nemen door "
                + "richting en sturing te geven aan zowel je eigen ontwikkeling als aan die van collega's.");
        assertThat(competency("Communiceren").definition()).isEqualTo("Ideeën en informatie in heldere en correcte "
                + "taal communiceren, zodanig dat de essentie bij anderen overkomt en wordt begrepen.");
        assertThat(competency("Inlevingsvermogen").definition()).isEqualTo("Inschatten en begrijpen van gedachten "
                + "en gevoelens van anderen en de onderliggende factoren voor hun gedrag");
        assertThat(competency("Klantpartnerschap").definition()).isEqualTo("Onderzoeken van de wensen en behoeften "
                + "van de (interne- en externe) klanten en daarop effectief inspelen.");
        assertThat(competency("Samenwerken").definition()).isEqualTo("Creëren van verbinding met anderen "
                + "(collega's, cliënten, vrijwilligers, naasten) zodat gezamenlijke doelstellingen bereikt worden.");
    }

    @Test
    void indicators_from_every_level_word_for_word_with_inline_bold_kept_as_marks() {
        assertThat(competency("Zorgvuldigheid").levels().get(0).get(0)).isEqualTo("Werkt zorgvuldig met oog voor detail");
        assertThat(competency("Zorgvuldigheid").levels().get(2).get(2)).isEqualTo("Ontwikkelt een systeem om fouten te voorkomen");
        assertThat(competency("Eigenaarschap").levels().get(1).get(1)).isEqualTo("Toont zich professioneel betrokken "
                + "bij het realiseren van de doelen van **bewoners/ cliënten** en collega's, is normgevend vanuit zijn "
                + "professie en stelt en bewaakt grenzen");
        assertThat(competency("Inlevingsvermogen").levels().get(0).get(0))
                .isEqualTo("Herkent emoties op basis van lichaamstaal, gezichtsuitdrukking en stem");
        assertThat(competency("Inlevingsvermogen").levels().get(1).get(2))
                .isEqualTo("Herkent en benoemt patronen in reacties van anderen **en toetst deze**");
        assertThat(competency("Communiceren").levels().get(2).get(3)).isEqualTo("Kan abstracte informatie "
                + "(bijvoorbeeld beleidsplannen) samenvatten, én vertalen in concrete informatie");
        assertThat(competency("Klantpartnerschap").levels().get(1).get(0)).isEqualTo("Ontwikkelt samen met de klant "
                + "een aanpak vanuit de vraag en behoeften van de klant. Stelt zich hierbij onafhankelijk op");
        assertThat(competency("Samenwerken").levels().get(1).get(0)).isEqualTo("Weet wat ieders talenten zijn, "
                + "waardeert en gebruikt deze. Vraagt om advies, ideeën en meningen van anderen **en benut deze**");
        assertThat(competency("Samenwerken").levels().get(2).get(3))
                .isEqualTo("Maakt conflicten bespreekbaar en werkt zo aan de oplossing ervan");
    }

    private static CompetencyDefinition competency(String label) {
        return profile.competencies().stream().filter(c -> c.label().equals(label)).findFirst().orElseThrow();
    }
}
