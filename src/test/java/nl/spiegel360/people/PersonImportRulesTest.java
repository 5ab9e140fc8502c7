package nl.spiegel360.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import nl.spiegel360.base.UserFacingException;
import nl.spiegel360.demo.DemoPeople;
import nl.spiegel360.people.PersonImportPreview.Problem;
import nl.spiegel360.test.IntegrationTest;
import nl.spiegel360.test.Login;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The people import follows the form's rules, reads CSV strictly and says on which line what is wrong. */
@IntegrationTest
class PersonImportRulesTest {

    @Autowired
    PersonAdministration people;

    @Autowired
    PeopleImport imports;

    @Autowired
    Login login;

    private String suffix;

    @BeforeEach
    void signIn() {
        login.as(DemoPeople.HR_EMAIL);
        suffix = Long.toString(System.nanoTime(), 36);
    }

    @AfterEach
    void signOut() {
        login.out();
    }

    @Test
    void two_people_who_manage_each_other_are_refused_as_the_form_refuses_them() {
        var preview = preview("name,email,manager_email\n"
                + "Anna," + a() + "," + b() + "\n"
                + "Bert," + b() + "," + a() + "\n");
        assertThat(preview.problems()).extracting(Problem::line, Problem::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "people.error.manager-cycle"),
                org.assertj.core.groups.Tuple.tuple(3, "people.error.manager-cycle"));
        assertThatThrownBy(() -> imports.importPeople(bytes("name,email,manager_email\nAnna," + a() + "," + b()
                + "\nBert," + b() + "," + a() + "\n"))).isInstanceOf(UserFacingException.class);
        assertThat(people.search(a(), 0, 5)).isEmpty();
    }

    @Test
    void a_line_with_more_fields_than_the_header_is_named() {
        var preview = preview("name;email;team\nAnna;" + a() + ";Team A;extra\nBert;" + b() + ";Team B\n");
        assertThat(preview.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.messageKey()).isEqualTo("people.import.error.field-count");
            assertThat(p.arguments()).containsExactly(4, 3);
        });
    }

    @Test
    void a_wrong_separator_is_named_not_reported_as_a_missing_e_mail() {
        var preview = preview("name|email|team\nAnna|" + a() + "|Team A\n");
        assertThat(preview.problems()).singleElement().satisfies(p -> {
            assertThat(p.messageKey()).isEqualTo("people.import.error.separator");
            assertThat(p.arguments()).containsExactly("'|'");
        });
    }

    @Test
    void a_name_with_a_line_break_or_formula_text_after_it_is_refused_in_the_file_and_in_the_form() {
        var preview = preview("name,email\n\"=HYPERLINK(\"\"http://evil.example\"\")\nBoos\"," + a() + "\nBert,"
                + b() + "\n");
        assertThat(preview.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.messageKey()).isEqualTo("people.error.control-characters");
        });
        assertThatThrownBy(() -> people.create(new PersonDraft("Mallory\r\n2026 INFO audit", a(), null, null, null,
                false, null))).isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("people.error.control-characters");
    }

    @Test
    void a_stray_control_character_is_named_with_its_line_not_called_binary() {
        var preview = preview("name,email\nAnna," + a() + "\nBert\u0007," + b() + "\n");
        assertThat(preview.rows()).isEmpty();
        assertThat(preview.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.messageKey()).isEqualTo("upload.error.control");
            assertThat(p.arguments()).containsExactly("U+0007");
        });
        assertThat(preview("name,email\nAnna\u0000\u0000," + a() + "\n").problems()).singleElement()
                .satisfies(p -> assertThat(p.messageKey()).as("a NUL byte: not a text file").isEqualTo(
                        "upload.error.binary"));
    }

    @Test
    void an_unclosed_quote_is_reported_with_its_line_and_nothing_is_read() {
        var preview = preview("name,email\nAnna," + a() + "\n\"Bert," + b() + "\nCees,c-" + suffix + "@example.org\n");
        assertThat(preview.rows()).isEmpty();
        assertThat(preview.problems()).singleElement().satisfies(p -> {
            assertThat(p.messageKey()).isEqualTo("people.import.error.quote");
            assertThat(p.line()).isEqualTo(3);
        });
    }

    @Test
    void a_good_file_with_a_quoted_comma_and_a_byte_order_mark_is_read_with_its_lines() {
        var preview = preview("\uFEFFnaam;e-mail;functie\n\n\"Visser, Anna\";" + a() + ";Adviseur\nBert;" + b() + ";\n");
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.rows()).extracting(PersonImportPreview.Row::line, PersonImportPreview.Row::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "Visser, Anna"),
                        org.assertj.core.groups.Tuple.tuple(4, "Bert"));
    }

    private PersonImportPreview preview(String csv) {
        return imports.previewImport(bytes(csv));
    }

    private static byte[] bytes(String csv) {
        return csv.getBytes(StandardCharsets.UTF_8);
    }

    private String a() {
        return "anna-" + suffix + "@example.org";
    }

    private String b() {
        return "bert-" + suffix + "@example.org";
    }
}
