package nl.spiegel360.competency.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Emphasis;
import nl.spiegel360.base.ui.EmphasisText;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import nl.spiegel360.competency.CompetencyKind;
import nl.spiegel360.competency.CompetencyReadModels.IndicatorDetail;
import nl.spiegel360.competency.CompetencyReadModels.LevelDetail;
import nl.spiegel360.competency.CompetencyReadModels.ProfileCompetency;
import nl.spiegel360.competency.CompetencyReadModels.ProfileDocument;

/**
 * A role profile presented as HR departments know it: the introduction, the competency matrix, then the
 * competencies per cluster with their levels. All text is shown as text, never as HTML; printable as it is.
 */
class ProfileDocumentPanel extends Div {

    ProfileDocumentPanel(ProfileDocument document) {
        addClassName("profile-document");
        var title = new H2(getTranslation("profile.document.title", document.name()));
        title.setId("profile-title");
        var version = new Paragraph(getTranslation("profile.document.version", document.versionLabel(),
                document.revision()));
        version.addClassName("label");
        add(title, version);
        if (!document.introduction().isBlank()) {
            add(introduction(document.introduction()));
        }
        add(new H3(getTranslation("profile.document.matrix")), matrix(document));
        document.byCluster().forEach((cluster, competencies) -> {
            var section = new Section(new H3(cluster));
            section.addClassName("profile-cluster");
            competencies.forEach(c -> section.add(competency(c)));
            add(section);
        });
    }

    private Div introduction(String text) {
        var intro = new Div();
        intro.addClassName("profile-introduction");
        for (String block : text.split("\\n\\s*\\n")) {
            String line = block.strip().replace("*", "");
            if (line.isEmpty()) {
                continue;
            }
            List<String> lines = line.lines().map(String::strip).toList();
            if (line.startsWith("#")) {
                intro.add(new H4(line.replaceFirst("^#+\\s*", "")));
            } else if (lines.stream().allMatch(l -> l.matches("\\d+\\.\\s.*"))) {
                var list = new com.vaadin.flow.component.html.OrderedList();
                lines.forEach(l -> list.add(new ListItem(l.replaceFirst("^\\d+\\.\\s*", ""))));
                intro.add(list);
            } else {
                intro.add(new Paragraph(line));
            }
        }
        return intro;
    }

    private NativeTable matrix(ProfileDocument document) {
        var table = new NativeTable();
        table.setId("profile-matrix");
        table.addClassName("profile-matrix");
        NativeTableRow head = new NativeTableRow();
        head.addHeaderCell().setText(getTranslation("profile.document.competency"));
        head.addHeaderCell().setText(getTranslation("profile.document.norm", document.name()));
        table.getHead().add(head);
        var body = table.addBody();
        for (CompetencyKind kind : CompetencyKind.values()) {
            List<ProfileCompetency> ofKind = document.competencies().stream().filter(c -> c.kind() == kind).toList();
            if (ofKind.isEmpty()) {
                continue;
            }
            NativeTableRow group = new NativeTableRow();
            var cell = group.addHeaderCell();
            cell.setText(getTranslation("competency.kind.plural." + kind.name()));
            cell.getElement().setAttribute("colspan", "2");
            cell.getElement().setAttribute("scope", "colgroup");
            group.addClassName("matrix-group");
            body.add(group);
            for (ProfileCompetency c : ofKind) {
                NativeTableRow row = new NativeTableRow();
                row.addDataCell().setText(c.label());
                row.addDataCell().setText(String.valueOf(c.norm()));
                body.add(row);
            }
        }
        return table;
    }

    private Section competency(ProfileCompetency c) {
        var heading = new H4(c.label());
        var definition = new Paragraph(new Emphasis(c.definition()));
        var section = new Section(heading, definition);
        section.addClassName("profile-competency");
        section.setId("competency-" + c.competencyId());
        var norm = new Span(getTranslation("profile.document.norm-level", c.norm()));
        norm.getElement().getThemeList().add("badge");
        section.add(norm);
        for (LevelDetail level : c.levels()) {
            var levelHeading = new Paragraph(getTranslation("profile.document.level", level.number()));
            levelHeading.addClassName("profile-level");
            var list = new UnorderedList();
            for (IndicatorDetail indicator : level.indicators()) {
                list.add(new ListItem(EmphasisText.of(indicator.marked())));
            }
            section.add(levelHeading, list);
        }
        return section;
    }
}
