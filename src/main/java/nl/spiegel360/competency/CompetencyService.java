package nl.spiegel360.competency;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import nl.spiegel360.base.UserFacingException;
import nl.spiegel360.competency.CompetencyReadModels.CompetencyDetail;
import nl.spiegel360.competency.CompetencyReadModels.CompetencySummary;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** HR's competency library. A competency that a launched review uses is frozen: editing it makes a revision. */
@Service
@Transactional
@PreAuthorize("hasRole('HR')")
public class CompetencyService {

    private final CompetencyRepository competencies;
    private final RoleProfileRepository profiles;
    private final Clock clock;

    CompetencyService(CompetencyRepository competencies, RoleProfileRepository profiles, Clock clock) {
        this.competencies = competencies;
        this.profiles = profiles;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<CompetencySummary> library(@Nullable String filter) {
        String normalised = filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
        return competencies.findLatest(normalised).stream().map(CompetencyReadModels::summary).toList();
    }

    @Transactional(readOnly = true)
    public CompetencyDetail competency(long id) {
        return CompetencyReadModels.detail(find(id));
    }

    /**
     * Saves a competency: a new one when {@code id} is null, in place when it is not frozen, else as its next
     * revision, which the profiles that are not frozen take over. Returns what was saved.
     */
    public CompetencyDetail save(@Nullable Long id, long expectedVersion, CompetencyDraft draft) {
        String problem = CompetencyRules.problem(draft.label(), draft.definition(), draft.cluster(), draft.kind(),
                CompetencyRules.texts(draft.levels()));
        if (problem == null) {
            problem = CompetencyRules.translationProblem(draft.translations(), draft.levels());
        }
        if (problem != null) {
            throw new UserFacingException(problem);
        }
        if (id == null) {
            String code = uniqueCode(CompetencyRules.code(draft.label()));
            Competency created = new Competency(code, 1, draft.label().strip(), draft.definition().strip(),
                    draft.cluster().strip(), draft.kind(), clock.instant());
            created.replaceLevels(draft.levels());
            created.setTranslations(draft.translations());
            return CompetencyReadModels.detail(competencies.save(created));
        }
        Competency existing = find(id);
        if (existing.getVersion() != expectedVersion) {
            throw new UserFacingException("competency.error.changed-meanwhile");
        }
        if (!existing.isFrozen()) {
            apply(existing, draft);
            existing.replaceLevels(draft.levels());
            existing.setTranslations(draft.translations());
            return CompetencyReadModels.detail(competencies.saveAndFlush(existing));
        }
        Competency next = new Competency(existing.getCode(), competencies.maxRevision(existing.getCode()) + 1,
                draft.label().strip(), draft.definition().strip(), draft.cluster().strip(), draft.kind(),
                clock.instant());
        next.replaceLevels(draft.levels().stream()
                .map(l -> l.stream().map(i -> new IndicatorDraft(null, i.text(), i.selfText(), i.translations()))
                        .toList()).toList());
        next.setTranslations(draft.translations());
        competencies.save(next);
        profiles.repointUnfrozenEntries(existing, next);
        return CompetencyReadModels.detail(next);
    }

    /** Removes a competency that no profile uses. */
    public void delete(long id) {
        Competency competency = find(id);
        if (competency.isFrozen() || profiles.countUses(id) > 0) {
            throw new UserFacingException("competency.error.in-use");
        }
        competencies.delete(competency);
    }

    private void apply(Competency c, CompetencyDraft draft) {
        c.setLabel(draft.label().strip());
        c.setDefinition(draft.definition().strip());
        c.setCluster(draft.cluster().strip());
        c.setKind(draft.kind());
    }

    private String uniqueCode(String base) {
        String code = base;
        for (int n = 2; competencies.existsByCode(code); n++) {
            code = base + "-" + n;
        }
        return code;
    }

    private Competency find(long id) {
        return competencies.findById(id).orElseThrow(() -> new UserFacingException("common.not-found"));
    }
}
