package nl.spiegel360.competency;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A competency's label and definition in another language than the profile's own. An empty definition is not
 * translated: readers see the original.
 */
@Embeddable
public record CompetencyText(@Column(name = "label", nullable = false, length = CompetencyLimits.LABEL_MAX) String label,
        @Column(name = "definition", nullable = false, length = CompetencyLimits.DEFINITION_MAX) String definition) {
}
