package nl.spiegel360.competency.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import nl.spiegel360.base.ui.Notices;
import nl.spiegel360.competency.CompetencyReadModels.RoleProfileSummary;
import nl.spiegel360.competency.RoleProfileService;
import nl.spiegel360.people.PersonAdministration;

/** Gives every member of a team a role profile. */
class AssignProfileDialog extends Dialog {

    AssignProfileDialog(RoleProfileService profiles, PersonAdministration people, RoleProfileSummary profile) {
        setId("profile-assign");
        setHeaderTitle(getTranslation("profile.assign.title", profile.name()));
        var team = new ComboBox<String>(getTranslation("people.team"));
        team.setId("profile-assign-team");
        team.setItems(people.teams());
        team.setRequiredIndicatorVisible(true);
        add(team);
        var assign = new Button(getTranslation("profile.assign"), e -> {
            if (team.getValue() == null) {
                team.setInvalid(true);
                team.setErrorMessage(getTranslation("profile.assign.team-required"));
                return;
            }
            int count = profiles.assignToTeam(profile.id(), team.getValue());
            Notices.success("profile.assign.done", count, team.getValue());
            close();
        });
        assign.setId("profile-assign-confirm");
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), assign);
    }
}
