package nl.spiegel360.development;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.spiegel360.aggregation.RaterGroup;
import nl.spiegel360.base.UserFacingException;
import nl.spiegel360.demo.DemoPeople;
import nl.spiegel360.development.PlanReadModels.Change;
import nl.spiegel360.development.PlanReadModels.PlanPage;
import nl.spiegel360.development.PlanReadModels.Proposal;
import nl.spiegel360.development.PlanReadModels.Reader;
import nl.spiegel360.report.ReportFixture;
import nl.spiegel360.report.ReportFixture.Rated;
import nl.spiegel360.report.ReportService;
import nl.spiegel360.test.IntegrationTest;
import nl.spiegel360.test.Login;
import nl.spiegel360.test.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Development plans against the real services and database: who writes, comments, agrees and reads what, and the
 * pulse's anonymity. Each refusal is tried by someone who would like to get through.
 */
@IntegrationTest
class DevelopmentPlansTest {

    @Autowired ReportFixture fixture;
    @Autowired ReportService reports;
    @org.springframework.beans.factory.annotation.Autowired
    nl.spiegel360.review.ReviewReleases releases;
    @Autowired nl.spiegel360.development.PlanPages planPages;
    @Autowired nl.spiegel360.development.PlanEditing planEditing;
    @Autowired nl.spiegel360.development.PlanPulses planPulses;
    @Autowired nl.spiegel360.development.PlanLists planLists;
    @Autowired Pulses pulses;
    @Autowired PlanFollowUp followUp;
    @Autowired JdbcTemplate jdbc;
    @Autowired FocusChoices focusChoices;
    @Autowired PlanAppendix appendix;
    @Autowired nl.spiegel360.report.ReportExports exports;
    @Autowired nl.spiegel360.privacy.PrivacyService privacy;
    @Autowired nl.spiegel360.privacy.PersonalDataExport personalData;
    @Autowired org.springframework.context.MessageSource messages;

    private static final java.util.Locale DUTCH = java.util.Locale.forLanguageTag("nl-NL");
    @Autowired Login login;

    @AfterEach
    void signOut() {
        login.out();
    }

    @Test
    void the_employee_writes_the_manager_agrees_hr_sees_the_state_and_a_colleague_sees_nothing() {
        Rated rated = released(3);
        long review = rated.reviewId();
        String employee = rated.employee().email();
        String manager = rated.team().manager().email();
        String colleague = rated.team().employee(1).email();

        login.as(employee);
        PlanPage empty = planPages.plan(review);
        assertThat(empty.reader()).isEqualTo(Reader.EMPLOYEE);
        assertThat(empty.state()).isNull();
        assertThat(empty.proposals()).as("the report suggests focus points").isNotEmpty();
        Proposal first = empty.proposals().getFirst();
        List<Long> chosen = first.indicators().stream().limit(2).map(i -> i.indicatorId()).toList();
        planEditing.addFocus(review, first.competencyId(), first.reason(), chosen);
        long focusId = planPages.plan(review).focus().getFirst().focusId();
        var english = planPages.plan(review, java.util.Locale.ENGLISH);
        assertThat(english.focus().getFirst().competency()).as("the plan in the reader's language").isIn(
                "Ownership", "Collaboration", "Empathy", "Accuracy", "Client partnership", "Communicating");
        assertThat(english.focus().getFirst().indicators().getFirst().text())
                .isNotEqualTo(planPages.plan(review).focus().getFirst().indicators().getFirst().text());
        var englishReportPlan = appendix.sections(reports.report(review), java.util.Locale.ENGLISH).stream()
                .filter(s -> s.id().equals("report-plan")).findFirst().orElseThrow();
        assertThat(englishReportPlan.lines()).as("the plan in an English report names its focus in English")
                .contains("· " + english.focus().getFirst().indicators().getFirst().text())
                .doesNotContain("· " + planPages.plan(review).focus().getFirst().indicators().getFirst().text());
        assertRefused(() -> planEditing.propose(review), "plan.error.no-action");
        planEditing.addAction(review, focusId, "Elke week een klantcase bespreken", TestClock.today().plusDays(10),
                "mijn manager");
        assertRefused(() -> planEditing.addAction(review, focusId, "Te laat", TestClock.today().minusDays(1), null),
                "plan.error.due-past");
        assertRefused(() -> planEditing.addAction(review, focusId, " ", null, null), "plan.error.action-empty");
        planEditing.propose(review);
        assertThat(planPages.plan(review).state()).isEqualTo(PlanState.PROPOSED);

        login.as(colleague);
        assertRefused(() -> planPages.plan(review), "common.not-found");
        assertRefused(() -> planEditing.addFocus(review, first.competencyId(), first.reason(), chosen), "common.not-found");
        assertRefused(() -> planEditing.note(review, null, EntryKind.COMMENT, "Nieuwsgierig"), "common.not-found");
        assertRefused(() -> planEditing.agree(review, null), "common.not-found");

        login.as(manager);
        PlanPage managed = planPages.plan(review);
        assertThat(managed.reader()).isEqualTo(Reader.MANAGER);
        assertThat(managed.proposals()).as("proposals are the employee's").isEmpty();
        assertThat(managed.focus()).hasSize(1);
        assertRefused(() -> planEditing.addFocus(review, first.competencyId(), first.reason(), chosen), "common.not-found");
        assertRefused(() -> planEditing.share(review, true), "common.not-found");
        planEditing.note(review, focusId, EntryKind.COMMENT, "Goed gekozen; begin bij de lastige klanten.");
        planEditing.agree(review, "Akkoord, we bespreken het maandelijks.");

        login.as(DemoPeople.HR_EMAIL);
        PlanPage hr = planPages.plan(review);
        assertThat(hr.reader()).isEqualTo(Reader.HR_STATE);
        assertThat(hr.state()).isEqualTo(PlanState.AGREED);
        assertThat(hr.focus()).isEmpty();
        assertThat(hr.history()).isEmpty();
        assertThat(hr.proposals()).isEmpty();
        assertRefused(() -> planEditing.note(review, null, EntryKind.COMMENT, "HR kijkt mee"), "common.not-found");

        login.as(employee);
        planEditing.note(review, focusId, EntryKind.CHECK_IN, "Twee cases besproken; de tweede ging beter.");
        planEditing.share(review, true);

        login.as(DemoPeople.HR_EMAIL);
        PlanPage shared = planPages.plan(review);
        assertThat(shared.reader()).isEqualTo(Reader.HR_SHARED);
        assertThat(shared.focus().getFirst().actions().getFirst().what()).isEqualTo("Elke week een klantcase bespreken");
        assertThat(shared.history()).extracting(e -> e.kind()).containsExactly(EntryKind.PROPOSED,
                EntryKind.COMMENT, EntryKind.AGREED, EntryKind.CHECK_IN, EntryKind.SHARED);

        login.as(employee);
        planEditing.addAction(review, focusId, "Een collega laten meekijken", null, null);
        PlanPage changed = planPages.plan(review);
        assertThat(changed.state()).as("a change after agreement goes back to the manager").isEqualTo(PlanState.DRAFT);
        assertThat(changed.history().getLast().kind()).isEqualTo(EntryKind.CHANGED);
        assertThat(mails("Ontwikkelplan van " + rated.employee().name() + "%")).as("the manager was told once").isEqualTo(1);
    }

    @Test
    void a_plan_belongs_to_a_released_report() {
        Rated rated = fixture.rated(3, ReportFixture::spread);
        login.as(rated.employee().email());
        assertRefused(() -> planPages.plan(rated.reviewId()), "plan.error.not-released");
        assertRefused(() -> planEditing.addFocus(rated.reviewId(), 1, FocusReason.NEXT_LEVEL, List.of(1L)),
                "plan.error.not-released");
    }

    @Test
    void a_pulse_group_below_its_minimum_shows_nothing_and_the_others_show_before_and_after() {
        Rated rated = released(3);
        long review = rated.reviewId();
        long indicator = agreedPlanWithOneIndicator(rated);

        login.as(rated.team().manager().email());
        planPulses.startPulse(review);
        assertRefused(() -> planPulses.startPulse(review), "pulse.error.exists");
        // self, manager and two of the three peers answer; the third peer does not
        answer(rated.employee().email(), indicator, 4);
        answer(rated.team().manager().email(), indicator, 3);
        answer(rated.team().employee(1).email(), indicator, 4);
        answer(rated.team().employee(2).email(), indicator, 2);

        login.as(rated.team().employee(3).email());
        long third = pulses.myRequests().getFirst().requestId();
        var dutch = pulses.questionnaire(third).items().getFirst();
        var english = pulses.questionnaire(third, java.util.Locale.ENGLISH).items().getFirst();
        assertThat(english.indicatorId()).isEqualTo(dutch.indicatorId());
        assertThat(english.text()).as("the pulse in the rater's language").isNotEqualTo(dutch.text())
                .doesNotContain("**");
        assertThat(english.competency()).isIn("Ownership", "Collaboration", "Empathy", "Accuracy",
                "Client partnership", "Communicating");
        login.as(rated.team().employee(1).email());
        assertRefused(() -> pulses.questionnaire(third), "common.not-found");
        assertRefused(() -> pulses.answer(third, indicator, 1), "common.not-found");

        login.as(rated.team().manager().email());
        assertThat(planPages.plan(review).pulse()).satisfies(p -> {
            assertThat(Objects.requireNonNull(p).asked()).isEqualTo(5);
            assertThat(p.submitted()).isEqualTo(4);
            assertThat(p.closed()).isFalse();
        });
        planPulses.closePulse(review);

        login.as(rated.employee().email());
        Map<RaterGroup, Change> changes = changes(planPages.plan(review), indicator);
        assertThat(changes.get(RaterGroup.PEER).after()).as("two peers are below the minimum of three").isNull();
        assertThat(changes.get(RaterGroup.PEER).afterCount()).isZero();
        assertThat(changes.get(RaterGroup.PEER).before()).as("the report's peers stay").isNotNull();
        assertThat(changes.get(RaterGroup.MANAGER).after()).isEqualTo(3.0);
        assertThat(changes.get(RaterGroup.SELF).after()).isEqualTo(4.0);
        String stored = jdbc.queryForObject("select p.result from pulse p join development_plan d on d.id = p.plan_id"
                + " where d.review_id = ?", String.class, review);
        assertThat(stored).as("nothing of the peers is kept in the frozen result").doesNotContain("PEER");

        login.as(rated.team().employee(3).email());
        assertRefused(() -> pulses.answer(third, indicator, 3), "pulse.error.closed");
    }

    @Test
    void the_last_answer_closes_the_pulse_and_peers_at_their_minimum_show_their_mean() {
        Rated rated = released(3);
        long review = rated.reviewId();
        long indicator = agreedPlanWithOneIndicator(rated);
        login.as(rated.team().manager().email());
        planPulses.startPulse(review);
        assertThat(mails("Korte vervolgmeting voor " + rated.employee().name())).as("one invitation per rater but the employee")
                .isEqualTo(4);
        answer(rated.employee().email(), indicator, 2);
        answer(rated.team().manager().email(), indicator, 3);
        answer(rated.team().employee(1).email(), indicator, 4);
        answer(rated.team().employee(2).email(), indicator, 3);
        answer(rated.team().employee(3).email(), null, null);
        login.as(rated.team().employee(3).email());
        assertRefused(() -> pulses.submit(pulses.myRequests().getFirst().requestId()), "pulse.error.incomplete");
        answer(rated.team().employee(3).email(), indicator, 4);

        login.as(rated.employee().email());
        PlanPage page = planPages.plan(review);
        assertThat(Objects.requireNonNull(page.pulse()).closed()).as("closed by the last answer").isTrue();
        Change peers = changes(page, indicator).get(RaterGroup.PEER);
        assertThat(peers.after()).isCloseTo(11.0 / 3, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(peers.afterCount()).isEqualTo(3);
    }

    @Test
    void the_organisations_figures_read_how_far_the_pulse_moved_a_focus_indicator_from_the_report() {
        Rated rated = released(3);
        long review = rated.reviewId();
        long indicator = agreedPlanWithOneIndicator(rated);
        login.as(rated.team().manager().email());
        planPulses.startPulse(review);
        answer(rated.employee().email(), indicator, 1);
        answer(rated.team().manager().email(), indicator, 4);
        answer(rated.team().employee(1).email(), indicator, 4);
        answer(rated.team().employee(2).email(), indicator, 3);
        answer(rated.team().employee(3).email(), indicator, 4);

        login.as(rated.employee().email());
        Map<RaterGroup, Change> changes = changes(planPages.plan(review), indicator);
        // the plan page's own before and after, over the groups besides the employee that show both
        double before = 0;
        double beforeN = 0;
        double after = 0;
        double afterN = 0;
        for (Change c : changes.values()) {
            if (c.group() != RaterGroup.SELF && c.before() != null && c.after() != null) {
                before += c.before() * c.beforeCount();
                beforeN += c.beforeCount();
                after += c.after() * c.afterCount();
                afterN += c.afterCount();
            }
        }
        assertThat(afterN).as("manager and peers answered the pulse").isEqualTo(4);
        login.as(DemoPeople.HR_EMAIL);
        var choice = focusChoices.chosen(List.of(review)).get(indicator);
        assertThat(choice).isNotNull();
        assertThat(choice.plans()).isEqualTo(1);
        assertThat(choice.pulses()).isEqualTo(1);
        assertThat(choice.movement()).isCloseTo(after / afterN - before / beforeN,
                org.assertj.core.api.Assertions.within(1e-9));
        // erasing the employee takes the pulse's baseline with the pulse
        privacy.erase(rated.employee().id());
        assertThat(jdbc.queryForObject("select count(*) from pulse_baseline b join pulse u on u.id = b.pulse_id "
                + "join development_plan p on p.id = u.plan_id where p.review_id = ?", Long.class, review)).isZero();
    }

    @Test
    void a_pulse_item_judged_by_fewer_peers_than_their_minimum_shows_no_peer_score_anywhere() throws Exception {
        Rated rated = released(3);
        long review = rated.reviewId();
        List<Long> focus = agreedPlan(rated, 2);
        long onePeer = focus.get(0);
        long twoPeers = focus.get(1);
        login.as(rated.team().manager().email());
        planPulses.startPulse(review);
        answer(rated.employee().email(), Map.of(onePeer, 3, twoPeers, 3));
        answer(rated.team().manager().email(), Map.of(onePeer, 2, twoPeers, 2));
        // all three peers submit, so the group reaches its minimum; but of the first item only one peer could
        // judge, and of the second two: either score would be that peer's, or give one away to the other
        java.util.HashMap<Long, Integer> cantJudgeBoth = new java.util.HashMap<>();
        cantJudgeBoth.put(onePeer, null);
        cantJudgeBoth.put(twoPeers, null);
        answer(rated.team().employee(1).email(), cantJudgeBoth);
        java.util.HashMap<Long, Integer> judgesSecond = new java.util.HashMap<>();
        judgesSecond.put(onePeer, null);
        judgesSecond.put(twoPeers, 4);
        answer(rated.team().employee(2).email(), judgesSecond);
        answer(rated.team().employee(3).email(), Map.of(onePeer, 4, twoPeers, 3));

        login.as(rated.employee().email());
        PlanPage page = planPages.plan(review);
        assertThat(Objects.requireNonNull(page.pulse()).closed()).isTrue();
        for (long item : focus) {
            Change peers = changes(page, item).get(RaterGroup.PEER);
            assertThat(peers.after()).as("no peer score of item %s", item).isNull();
            assertThat(peers.afterCount()).isZero();
            assertThat(changes(page, item).get(RaterGroup.MANAGER).after()).isEqualTo(2.0);
        }
        String stored = jdbc.queryForObject("select p.result from pulse p join development_plan d on d.id = p.plan_id"
                + " where d.review_id = ?", String.class, review);
        assertThat(stored).as("nothing of the peers is kept in the frozen result").doesNotContain("PEER");
        assertThat(jdbc.queryForObject("select count(*) from pulse_rating a join pulse_request r on r.id = a.request_id"
                + " join pulse p on p.id = r.pulse_id join development_plan d on d.id = p.plan_id"
                + " where d.review_id = ? and a.score is null", Integer.class, review))
                .as("can't judge is stored as null").isEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where version = ?", Integer.class,
                PulseResultsMigration.VERSION.getVersion())).as("the application froze older pulses again").isOne();
        for (var locale : List.of(DUTCH, java.util.Locale.ENGLISH)) {
            String pdf = pdfText(review, locale);
            assertThat(pdf).as("the PDF in %s", locale).containsAnyOf("Collega: ", "Peer: ")
                    .doesNotContainPattern("(Collega|Peer): [0-9,.]+ → [0-9]");
        }
        login.as(rated.team().manager().email());
        assertThat(changes(planPages.plan(review), onePeer).get(RaterGroup.PEER).after()).isNull();
        login.as(rated.employee().email());
        assertThat(personalData.exportOwn()).as("the personal-data export")
                .containsPattern("\"group\"\\s*:\\s*\"MANAGER\"[^}]*\"after\"\\s*:\\s*2")
                .doesNotContainPattern("\"group\"\\s*:\\s*\"PEER\"[^}]*\"after\"\\s*:\\s*[0-9]");
    }

    @Test
    void a_calibrated_competency_is_read_at_its_agreed_level_in_its_insight_progress_and_proposals() {
        // every rater answers 2 on a scale whose threshold is 3: every consensus level is 0
        Rated rated = fixture.rated(3, (indicator, rater) -> 2);
        long review = rated.reviewId();
        login.as(rated.team().manager().email());
        var rows = reports.report(review).rows();
        var lifted = rows.stream().filter(r -> r.norm() < r.drilldown().levels().size()).findFirst().orElseThrow();
        assertThat(lifted.consensusLevel()).isZero();
        for (var row : rows) {
            if (row.competencyId() == lifted.competencyId()) {
                reports.calibrate(review, row.competencyId(), row.norm(), "Gezien in het klantgesprek van mei");
            } else {
                reports.calibrate(review, row.competencyId(), row.consensusLevel(), null);
            }
        }
        releases.release(review);
        int agreed = lifted.norm();

        login.as(rated.employee().email());
        var row = reports.report(review).rows().stream().filter(r -> r.competencyId() == lifted.competencyId())
                .findFirst().orElseThrow();
        assertThat(row.status()).isEqualTo(nl.spiegel360.aggregation.AggregationResult.Status.MEETS);
        assertThat(row.progress()).as("progress from the agreed level: none of the next level's behaviours shown")
                .isEqualTo((double) agreed);
        var holdsBack = Objects.requireNonNull(row.drilldown().holdsBack());
        assertThat(holdsBack.level()).isEqualTo(agreed);
        assertThat(holdsBack.nextLevel()).isEqualTo(agreed + 1);
        assertThat(holdsBack.indicators()).isNotEmpty().allMatch(i -> i.level() == agreed + 1);
        var texts = new nl.spiegel360.report.ReportTexts((key, args) -> messages.getMessage(key, args, DUTCH), DUTCH);
        assertThat(texts.holdsBack(holdsBack, 3.0)).as("the insight line").contains("blijft op niveau " + agreed + ":")
                .doesNotContain("blijft op niveau 0");

        Proposal proposal = planPages.plan(review).proposals().stream()
                .filter(p -> p.competencyId() == lifted.competencyId()).findFirst().orElseThrow();
        assertThat(proposal.reason()).as("at the norm: the next level, not 'below the norm'")
                .isEqualTo(FocusReason.NEXT_LEVEL);
        assertThat(proposal.indicators()).isNotEmpty().allMatch(i -> i.level() == agreed + 1);
        var other = planPages.plan(review).proposals().stream()
                .filter(p -> p.competencyId() != lifted.competencyId()).findFirst().orElseThrow();
        assertThat(other.reason()).as("an uncalibrated level 0 stays below the norm").isEqualTo(FocusReason.BELOW_NORM);
    }

    @Test
    void the_automatic_close_of_a_pulse_is_the_systems_act_not_the_last_raters() {
        Rated rated = released(3);
        long review = rated.reviewId();
        long indicator = agreedPlanWithOneIndicator(rated);
        login.as(rated.team().manager().email());
        planPulses.startPulse(review);
        answer(rated.employee().email(), indicator, 3);
        answer(rated.team().manager().email(), indicator, 3);
        for (int peer = 1; peer <= 3; peer++) {
            answer(rated.team().employee(peer).email(), indicator, 3);
        }
        assertThat(jdbc.queryForList("select actor from audit_event where action = 'pulse.closed' and target_id = ?",
                String.class, review)).containsExactly(nl.spiegel360.security.SystemTask.ACTOR);
    }

    @Test
    void the_daily_follow_up_opens_a_due_pulse_once_and_reminds_of_an_action_once() {
        Rated rated = released(3);
        long review = rated.reviewId();
        agreedPlanWithOneIndicator(rated);
        jdbc.update("update review set released_at = released_at - interval '9 weeks' where id = ?", review);
        login.out();
        int opened = nl.spiegel360.security.SystemTask.call(followUp::openDuePulses);
        assertThat(opened).isPositive();
        assertThat(nl.spiegel360.security.SystemTask.call(followUp::openDuePulses)).as("not twice").isZero();
        assertThat(jdbc.queryForObject("select count(*) from pulse p join development_plan d on d.id = p.plan_id"
                + " where d.review_id = ?", Integer.class, review)).isEqualTo(1);

        long before = mails("Herinnering aan je actie%");
        int reminded = nl.spiegel360.security.SystemTask.call(followUp::remindOfActions);
        assertThat(reminded).as("the action due in two days").isGreaterThanOrEqualTo(1);
        assertThat(mails("Herinnering aan je actie%") - before).isEqualTo(reminded);
        assertThat(nl.spiegel360.security.SystemTask.call(followUp::remindOfActions)).as("once").isZero();
    }

    @Test
    void the_report_pdf_reads_as_a_document_with_every_glyph_no_orphaned_heading_and_the_readers_dates()
            throws Exception {
        Rated rated = released(3);
        agreedPlanWithOneIndicator(rated);
        login.as(rated.employee().email());
        java.time.LocalDate due = TestClock.today().plusDays(2);
        var report = reports.report(rated.reviewId());
        for (var locale : List.of(DUTCH, java.util.Locale.ENGLISH)) {
            java.util.Set<String> headings = new java.util.HashSet<>();
            reports.report(rated.reviewId(), locale).rows().forEach(r -> headings.add(r.label()));
            appendix.sections(report, locale).forEach(section -> headings.add(section.heading()));
            byte[] bytes = exports.pdf(rated.reviewId(), locale);
            java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
            java.nio.file.Files.write(java.nio.file.Path.of("target", "screenshots", "report-" + locale + ".pdf"),
                    bytes);
            try (var pdf = org.apache.pdfbox.Loader.loadPDF(bytes)) {
                var stripper = new org.apache.pdfbox.text.PDFTextStripper();
                StringBuilder all = new StringBuilder();
                for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                    stripper.setStartPage(page);
                    stripper.setEndPage(page);
                    List<String> lines = stripper.getText(pdf).lines().map(String::strip).filter(l -> !l.isEmpty())
                            .toList();
                    assertThat(lines).as("page %d in %s has text", page, locale).isNotEmpty();
                    if (page < pdf.getNumberOfPages()) {
                        assertThat(headings).as("page %d in %s ends with a heading whose text is on the next page",
                                page, locale).doesNotContain(lines.getLast());
                    }
                    lines.forEach(l -> all.append(l).append('\n'));
                }
                String text = all.toString();
                assertThat(text).as("the action's date as the reader writes it").contains(due.format(
                        java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                                .withLocale(locale))).doesNotContain(due.toString());
                assertThat(text).contains("→");
                try (var in = new org.apache.pdfbox.io.RandomAccessReadBuffer(getClass().getResourceAsStream(
                        "/liberation/LiberationSans-Regular.ttf"))) {
                    var sans = new org.apache.fontbox.ttf.TTFParser().parse(in);
                    var cmap = sans.getUnicodeCmapLookup();
                    assertThat(text.codePoints().filter(c -> !Character.isWhitespace(c) && cmap.getGlyphId(c) == 0)
                            .mapToObj(Character::toString).distinct().toList()).as("characters without a glyph")
                            .isEmpty();
                }
                // every character drawn (spaces aside) is drawn with the embedded Liberation Sans
                java.util.Set<String> drawnWith = new java.util.TreeSet<>();
                new org.apache.pdfbox.text.PDFTextStripper() {
                    @Override
                    protected void processTextPosition(org.apache.pdfbox.text.TextPosition position) {
                        if (!position.getUnicode().isBlank()) {
                            drawnWith.add(position.getFont().getName() + (position.getFont().isEmbedded() ? ""
                                    : " (not embedded)"));
                        }
                    }
                }.getText(pdf);
                assertThat(drawnWith).as("fonts that draw the report's characters").isNotEmpty()
                        .allMatch(name -> name.contains("LiberationSans") && !name.contains("not embedded"));
            }
        }
    }

    @Test
    void an_earlier_report_asks_for_no_plan_once_a_later_one_is_released() {
        Rated first = released(3);
        login.as(first.employee().email());
        assertThat(planLists.waiting()).extracting(PlanReadModels.PlanLine::reviewId)
                .containsExactly(first.reviewId());
        Rated second = release(fixture.next(first, 3, ReportFixture::spread));
        login.as(second.employee().email());
        assertThat(planLists.waiting()).as("the plan is drawn from the latest feedback")
                .extracting(PlanReadModels.PlanLine::reviewId).containsExactly(second.reviewId());
    }

    @Test
    void the_next_report_shows_the_previous_focus_then_in_the_pulse_and_now() {
        Rated first = released(3);
        long indicator = agreedPlanWithOneIndicator(first);
        login.as(first.team().manager().email());
        planPulses.startPulse(first.reviewId());
        answer(first.employee().email(), indicator, 3);
        answer(first.team().manager().email(), indicator, 3);
        for (int peer = 1; peer <= 3; peer++) {
            answer(first.team().employee(peer).email(), indicator, peer == 1 ? 3 : 4);
        }
        login.as(first.employee().email());
        Change peersThen = changes(planPages.plan(first.reviewId()), indicator).get(RaterGroup.PEER);
        String text = planPages.plan(first.reviewId()).focus().getFirst().indicators().getFirst().text();

        Rated second = release(fixture.next(first, 3, (i, r) -> i == indicator && r >= 2 ? 4 : 3));
        login.as(second.employee().email());
        var report = reports.report(second.reviewId());
        Double peersNow = report.rows().stream().flatMap(r -> r.drilldown().indicators().stream())
                .filter(i -> i.indicatorId() == indicator).findFirst().orElseThrow().groupScores()
                .get(RaterGroup.PEER);
        var previous = appendix.sections(report, DUTCH).stream().filter(s -> s.id().equals("report-previous-plan"))
                .findFirst().orElseThrow();
        assertThat(previous.heading()).contains(first.team().name().replace("Team", "Ronde"));
        assertThat(previous.lines()).anyMatch(l -> l.endsWith(text));
        assertThat(previous.lines()).contains("    Collega: toen " + dutch(peersThen.before()) + ", vervolgmeting "
                + dutch(11.0 / 3) + ", nu " + dutch(peersNow));
        assertThat(peersNow).isEqualTo(4.0);
    }

    @Test
    void the_plan_is_in_the_pdf_for_its_readers_and_in_the_personal_data_export() throws Exception {
        Rated rated = released(3);
        agreedPlanWithOneIndicator(rated);
        login.as(rated.employee().email());
        assertThat(pdfText(rated.reviewId())).contains("Ontwikkelplan: akkoord").contains("Oefenen");
        assertThat(personalData.exportOwn()).as("the employee's own export holds the plan whole")
                .contains("\"developmentPlan\"").contains("Oefenen");
        login.as(DemoPeople.HR_EMAIL);
        assertThat(pdfText(rated.reviewId())).as("HR without sharing: the state, not the content")
                .contains("Ontwikkelplan: akkoord").doesNotContain("Oefenen");
        long viewed = planViews(rated.reviewId());
        assertThat(personalData.export(rated.employee().id())).as("HR's export holds what HR may see: the state")
                .contains("\"developmentPlan\"").contains("AGREED").doesNotContain("Oefenen");
        assertThat(planViews(rated.reviewId())).isEqualTo(viewed);
        login.as(rated.employee().email());
        planEditing.share(rated.reviewId(), true);
        login.as(DemoPeople.HR_EMAIL);
        assertThat(personalData.export(rated.employee().id())).as("shared: HR reads it, in the export too")
                .contains("Oefenen");
        assertThat(planViews(rated.reviewId())).as("and that is recorded as reading the plan").isEqualTo(viewed + 1);
    }

    private long planViews(long reviewId) {
        return jdbc.queryForObject("select count(*) from audit_event where action = 'plan.viewed' and target_id = ?",
                Long.class, reviewId);
    }

    private String pdfText(long reviewId) throws java.io.IOException {
        return pdfText(reviewId, DUTCH);
    }

    private String pdfText(long reviewId, java.util.Locale locale) throws java.io.IOException {
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(exports.pdf(reviewId, locale))) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }

    private static String dutch(Double value) {
        return String.format(DUTCH, "%.1f", value);
    }

    private Rated released(int peers) {
        return release(fixture.rated(peers, ReportFixture::spread));
    }

    private Rated release(Rated rated) {
        login.as(rated.team().manager().email());
        for (var row : reports.report(rated.reviewId()).rows()) {
            reports.calibrate(rated.reviewId(), row.competencyId(), row.consensusLevel(), null);
        }
        releases.release(rated.reviewId());
        login.out();
        return rated;
    }

    /** The employee chooses one indicator of the first proposal with an action due in two days; the manager agrees. */
    private long agreedPlanWithOneIndicator(Rated rated) {
        return agreedPlan(rated, 1).getFirst();
    }

    /** The employee chooses the first proposal's first indicators with an action; the manager agrees. */
    private List<Long> agreedPlan(Rated rated, int indicators) {
        login.as(rated.employee().email());
        Proposal first = planPages.plan(rated.reviewId()).proposals().stream()
                .filter(p -> p.indicators().size() >= indicators).findFirst().orElseThrow();
        List<Long> chosen = first.indicators().stream().limit(indicators).map(i -> i.indicatorId()).toList();
        planEditing.addFocus(rated.reviewId(), first.competencyId(), first.reason(), chosen);
        long focusId = planPages.plan(rated.reviewId()).focus().getFirst().focusId();
        planEditing.addAction(rated.reviewId(), focusId, "Oefenen", TestClock.today().plusDays(2), null);
        planEditing.propose(rated.reviewId());
        login.as(rated.team().manager().email());
        planEditing.agree(rated.reviewId(), null);
        login.out();
        return chosen;
    }

    /** The rater answers every item of their pulse request (null: can't judge) and submits. */
    private void answer(String rater, Map<Long, Integer> scores) {
        login.as(rater);
        long request = pulses.myRequests().getFirst().requestId();
        scores.forEach((indicator, score) -> pulses.answer(request, indicator, score));
        pulses.submit(request);
    }

    /** The rater answers their pulse request and submits (a null indicator: only opens it). */
    private void answer(String rater, Long indicator, Integer score) {
        login.as(rater);
        long request = pulses.myRequests().getFirst().requestId();
        if (indicator != null) {
            pulses.answer(request, indicator, score);
            pulses.submit(request);
        }
    }

    private static Map<RaterGroup, Change> changes(PlanPage page, long indicator) {
        var line = page.focus().stream().flatMap(f -> f.indicators().stream())
                .filter(l -> l.indicatorId() == indicator).findFirst().orElseThrow();
        var byGroup = new java.util.EnumMap<RaterGroup, Change>(RaterGroup.class);
        line.changes().forEach(c -> byGroup.put(c.group(), c));
        for (RaterGroup g : RaterGroup.values()) {
            byGroup.putIfAbsent(g, new Change(g, null, 0, null, 0));
        }
        return byGroup;
    }

    private long mails(String subjectLike) {
        return Objects.requireNonNull(jdbc.queryForObject("select count(*) from mail_outbox where subject like ?",
                Long.class, subjectLike));
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
