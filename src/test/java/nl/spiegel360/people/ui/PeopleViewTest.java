package nl.spiegel360.people.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.spiegel360.demo.DemoPeople;
import nl.spiegel360.people.PersonAdministration;
import nl.spiegel360.people.PersonSummary;
import nl.spiegel360.test.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PeopleViewTest extends KaribuTest {

    @Autowired
    PersonAdministration people;

    @BeforeEach
    void openAsHr() {
        signInAs(DemoPeople.HR_EMAIL);
        UI.getCurrent().navigate(PeopleView.class);
    }

    @Test
    void the_grid_lists_the_demo_team_and_filters_it() {
        Grid<PersonSummary> grid = grid();
        assertThat(GridKt._size(grid)).isGreaterThanOrEqualTo(11);
        type(_get(TextField.class, spec -> spec.withId("people-filter")), "Sanne Visser");
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).email()).isEqualTo("sanne@spiegel360.example");
    }

    @Test
    void an_empty_name_is_refused_with_a_message_and_nothing_is_saved() {
        long before = count();
        _click(_get(Button.class, spec -> spec.withId("people-add")));
        type(_get(EmailField.class, spec -> spec.withId("person-email")), "nobody-" + System.nanoTime() + "@example.org");
        _click(_get(Button.class, spec -> spec.withId("person-save")));
        TextField name = _get(TextField.class, spec -> spec.withId("person-name"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo(t("people.error.name-required"));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void hr_creates_edits_and_deactivates_a_person() {
        String email = "nieuw-" + System.nanoTime() + "@example.org";
        _click(_get(Button.class, spec -> spec.withId("people-add")));
        type(_get(TextField.class, spec -> spec.withId("person-name")), "Nina Nieuw");
        type(_get(EmailField.class, spec -> spec.withId("person-email")), email);
        type(_get(TextField.class, spec -> spec.withId("person-job-title")), "Klantadviseur");
        type(_get(PasswordField.class, spec -> spec.withId("person-password")), "een-lang-wachtwoord");
        _click(_get(Button.class, spec -> spec.withId("person-save")));
        _assertNone(PersonFormDialog.class);

        PersonSummary created = find(email);
        assertThat(created.name()).isEqualTo("Nina Nieuw");
        assertThat(created.hasPassword()).isTrue();

        type(_get(TextField.class, spec -> spec.withId("people-filter")), email);
        Grid<PersonSummary> grid = grid();
        assertThat(GridKt._size(grid)).isEqualTo(1);
        // the row's edit button and a double click open the same form (the button is tried in the browser tests)
        GridKt._doubleClickItem(grid, 0, 1, false, false, false, false);
        type(_get(TextField.class, spec -> spec.withId("person-name")), "Nina de Nieuwe");
        _click(_get(Button.class, spec -> spec.withId("person-save")));
        assertThat(find(email).name()).isEqualTo("Nina de Nieuwe");

        GridKt._doubleClickItem(grid, 0, 1, false, false, false, false);
        _click(_get(Button.class, spec -> spec.withId("person-toggle-active")));
        assertThat(find(email).active()).isFalse();
    }

    @Test
    void a_good_csv_file_is_previewed_and_then_imported() {
        String suffix = Long.toString(System.nanoTime());
        String csv = "name;email;job_title;manager_email;team\n"
                + "Anna Import;anna-" + suffix + "@example.org;Klantadviseur;lead-" + suffix + "@example.org;Import\n"
                + "Lea Lead;lead-" + suffix + "@example.org;Teamleider;" + DemoPeople.MANAGER_EMAIL + ";Import\n";
        _click(_get(Button.class, spec -> spec.withId("people-import")));
        UploadKt._upload(_get(Upload.class), "people.csv", csv.getBytes(StandardCharsets.UTF_8));
        _assertOne(Grid.class, spec -> spec.withId("person-import-preview"));
        Button confirm = _get(Button.class, spec -> spec.withId("person-import-confirm"));
        assertThat(confirm.isEnabled()).isTrue();
        assertThat(people.count("-" + suffix + "@")).isZero();
        _click(confirm);
        assertThat(people.count("-" + suffix + "@")).isEqualTo(2);
        assertThat(find("anna-" + suffix + "@example.org").managerName()).isEqualTo("Lea Lead");
    }

    @Test
    void a_csv_file_with_two_bad_lines_names_both_and_saves_nothing() {
        String suffix = Long.toString(System.nanoTime());
        String csv = "name,email,job_title,manager_email,team\n"
                + "Goed Mens,goed-" + suffix + "@example.org,Klantadviseur,,Import\n"
                + ",leeg-" + suffix + "@example.org,Klantadviseur,,Import\n"
                + "Slecht Adres,geen-adres-" + suffix + ",Klantadviseur,,Import\n";
        long before = count();
        _click(_get(Button.class, spec -> spec.withId("people-import")));
        UploadKt._upload(_get(Upload.class), "people.csv", csv.getBytes(StandardCharsets.UTF_8));
        List<String> problems = com.github.mvysny.kaributesting.v10.LocatorJ._find(ListItem.class).stream()
                .map(ListItem::getText).toList();
        assertThat(problems).containsExactly(
                t("people.import.line", 3, t("people.error.name-required")),
                t("people.import.line", 4, t("people.error.email-invalid")));
        assertThat(_get(Button.class, spec -> spec.withId("person-import-confirm")).isEnabled()).isFalse();
        assertThat(count()).isEqualTo(before);
    }

    @SuppressWarnings("unchecked")
    private Grid<PersonSummary> grid() {
        return _get(Grid.class, spec -> spec.withId("people-grid"));
    }

    private long count() {
        return people.count("");
    }

    private PersonSummary find(String email) {
        return people.search(email, 0, 1).getFirst();
    }
}
