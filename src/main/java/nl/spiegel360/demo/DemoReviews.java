package nl.spiegel360.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import nl.spiegel360.aggregation.RaterGroup;
import nl.spiegel360.people.PersonDirectory;
import nl.spiegel360.people.PersonRef;
import nl.spiegel360.report.ReportService;
import nl.spiegel360.review.CycleDraft;
import nl.spiegel360.review.ExternalDraft;
import nl.spiegel360.review.ExternalQuestionnaires;
import nl.spiegel360.review.QuestionnaireDoor;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import nl.spiegel360.review.CycleService;
import nl.spiegel360.review.CycleState;
import nl.spiegel360.review.NominationService;
import nl.spiegel360.review.QuestionnaireService;
import nl.spiegel360.review.RaterRequests;
import nl.spiegel360.review.ReviewClosing;
import nl.spiegel360.review.ReviewReadModels.Questionnaire;
import nl.spiegel360.review.ReviewReadModels.QuestionnaireCompetency;
import nl.spiegel360.review.ReviewReadModels.QuestionnaireItem;
import nl.spiegel360.review.ReviewReadModels.RequestSummary;
import nl.spiegel360.review.ReviewReadModels.ReviewSummary;
import nl.spiegel360.security.SystemTask;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * A running demo cycle in the rating phase, filled in through the same services people use, with a review in each
 * state: Sanne's review has every rater's answers, three customers' among them (given through the personal links
 * of their invitations), and is closed, calibrated and released, with her development
 * plan agreed and its pulse answered ({@link DemoPlan}); Emma's is closed and
 * waits for calibration (nobody could judge her on Klantpartnerschap); Daan has only two peers (his review collects
 * until the deadline, and his peer group will stay hidden), Lucas's own nominations wait for approval, and Fleur's
 * review, which one peer declined, has every other answer in and waits for Marieke to close it.
 *
 * <p>Eleven collaborators, on purpose: the demo goes through the same public services people use, one of each module,
 * so that what a newcomer sees is what the product does.
 */
@Component
class DemoReviews {

    static final String CYCLE_NAME = "Feedbackronde najaar 2026";

    /** Sanne's customers: name, address, organisation, language. */
    static final List<String[]> CUSTOMERS = List.of(
            new String[] {"Ingrid de Wit", "ingrid.dewit@bakkerij-dewit.example", "Bakkerij De Wit", "nl"},
            new String[] {"Tom Verhoeven", "tom@verhoeven-installatie.example", "Verhoeven Installatietechniek", "nl"},
            new String[] {"Grace Mensah", "grace.mensah@northharbour.example", "North Harbour Logistics", "en"});

    private static final Pattern LINK = Pattern.compile("/feedback/([A-Za-z0-9_-]+)");

    private final CycleService cycles;
    private final NominationService nominations;
    private final nl.spiegel360.review.ExternalNominations externalNominations;
    private final QuestionnaireService questionnaires;
    private final RaterRequests requests;
    private final ReviewClosing closing;
    private final ReportService reports;
    private final nl.spiegel360.review.ReviewReleases releases;
    private final PersonDirectory people;
    private final UserDetailsService users;
    private final Clock clock;
    private final DemoPlan plan;
    private final ExternalQuestionnaires external;
    private final JdbcClient jdbc;

    DemoReviews(CycleService cycles, NominationService nominations,
            nl.spiegel360.review.ExternalNominations externalNominations, QuestionnaireService questionnaires,
            RaterRequests requests, ReviewClosing closing, ReportService reports,
            nl.spiegel360.review.ReviewReleases releases, PersonDirectory people, UserDetailsService users,
            Clock clock, DemoPlan plan, ExternalQuestionnaires external, JdbcClient jdbc) {
        this.external = external;
        this.jdbc = jdbc;
        this.plan = plan;
        this.closing = closing;
        this.reports = reports;
        this.releases = releases;
        this.cycles = cycles;
        this.nominations = nominations;
        this.externalNominations = externalNominations;
        this.questionnaires = questionnaires;
        this.requests = requests;
        this.people = people;
        this.users = users;
        this.clock = clock;
    }

    void load() {
        LocalDate today = LocalDate.now(clock);
        long cycleId = SystemTask.call(() -> {
            long id = cycles.create(CycleDraft.withDefaults(CYCLE_NAME, today.minusDays(14), today.minusDays(2),
                    today.plusDays(14)).withExternalRaters()).id();
            cycles.addTeam(id, DemoPeople.TEAM);
            cycles.advance(id, CycleState.NOMINATION);
            return id;
        });
        Map<String, Long> reviews = SystemTask.call(() -> cycles.reviews(cycleId)).stream()
                .collect(Collectors.toMap(r -> first(r.employeeName()), ReviewSummary::id));
        Map<String, Long> ids = SystemTask.call(() -> people.directory()).stream()
                .collect(Collectors.toMap(p -> first(p.name()), PersonRef::id, (a, b) -> a));

        as(DemoPeople.MANAGER_EMAIL, () -> {
            for (String peer : List.of("Daan", "Emma", "Lucas", "Fleur")) {
                nominations.nominate(the(reviews, "Sanne"), the(ids, peer), RaterGroup.PEER);
            }
            for (String[] customer : CUSTOMERS) {
                externalNominations.nominateExternal(the(reviews, "Sanne"), new ExternalDraft(customer[0], customer[1],
                        customer[2], customer[3]));
            }
            for (String peer : List.of("Sanne", "Thijs")) {
                nominations.nominate(the(reviews, "Daan"), the(ids, peer), RaterGroup.PEER);
            }
            for (String peer : List.of("Noor", "Bram", "Sanne")) {
                nominations.nominate(the(reviews, "Emma"), the(ids, peer), RaterGroup.PEER);
            }
            for (String peer : List.of("Bram", "Noor", "Thijs", "Emma")) {
                nominations.nominate(the(reviews, "Fleur"), the(ids, peer), RaterGroup.PEER);
            }
        });
        as("lucas@spiegel360.example", () -> {
            nominations.nominate(the(reviews, "Lucas"), the(ids, "Noor"), RaterGroup.PEER);
            nominations.nominate(the(reviews, "Lucas"), the(ids, "Thijs"), RaterGroup.PEER);
        });
        SystemTask.run(() -> cycles.advance(cycleId, CycleState.RATING));

        Map<String, Integer> bias = Map.of("Sanne", 1, "Daan", 0, "Emma", 0, "Lucas", -1, "Fleur", 1, "Thijs", 0,
                "Noor", -1, "Bram", 0, "Marieke", 0);
        for (String rater : List.of("Sanne", "Daan", "Emma", "Lucas", "Fleur", "Thijs", "Noor", "Bram", "Marieke")) {
            String email = rater.equals("Marieke") ? DemoPeople.MANAGER_EMAIL
                    : rater.toLowerCase(java.util.Locale.ROOT) + "@spiegel360.example";
            as(email, () -> {
                for (RequestSummary request : requests.myRequests().stream()
                        .filter(r -> r.cycleName().equals(CYCLE_NAME)).toList()) {
                    String employee = first(request.employeeName());
                    boolean complete = List.of("Sanne", "Daan", "Emma", "Fleur").contains(employee);
                    if (employee.equals("Fleur") && rater.equals("Bram")) {
                        requests.decline(request.assignmentId(), "Ik werk te weinig met Fleur samen om haar "
                                + "goed te kunnen beoordelen.");
                    } else if (complete) {
                        answer(request.assignmentId(), the(bias, rater), employee.equals("Emma"), true);
                        questionnaires.submit(request.assignmentId());
                    } else if (employee.equals("Lucas") && rater.equals("Lucas")) {
                        answer(request.assignmentId(), 0, false, false);
                    }
                }
            });
        }
        int customerBias = 0;
        for (String[] customer : CUSTOMERS) {
            String token = linkIn(customer[1]);
            external.open(token, "demo");
            answer(ExternalQuestionnaires.door(external, token), customerBias++ % 2, false, true);
            ExternalQuestionnaires.door(external, token).submit();
        }
        as(DemoPeople.MANAGER_EMAIL, () -> {
            closing.close(the(reviews, "Sanne"));
            closing.close(the(reviews, "Emma"));
            long sanne = the(reviews, "Sanne");
            for (var row : reports.report(sanne).rows()) {
                Integer level = row.consensusLevel();
                Integer agreed = level;
                if (level != null && level > 0 && row.label().equals("Klantpartnerschap")) {
                    agreed = level - 1;
                }
                boolean lower = !java.util.Objects.equals(agreed, level);
                reports.calibrate(sanne, row.competencyId(), agreed,
                        lower ? "In het gesprek besproken: de klantcases van dit jaar laten dit niveau nog niet "
                                + "zien." : null);
            }
            releases.release(sanne);
        });
        plan.load(the(reviews, "Sanne"), this::as);
    }

    /**
     * The personal link in the newest mail to this customer: the demo's customers open their invitation as a
     * customer would, through the link in the mail.
     */
    private String linkIn(String email) {
        String body = jdbc.sql("select body from mail_outbox where recipient = ? order by id desc").param(email)
                .query(String.class).list().getFirst();
        Matcher link = LINK.matcher(body);
        if (!link.find()) {
            throw new IllegalStateException("The invitation of " + email + " holds no personal link");
        }
        return link.group(1);
    }

    private void answer(long assignmentId, int bias, boolean cannotJudgeClientWork, boolean everything) {
        answer(QuestionnaireService.door(questionnaires, assignmentId), bias, cannotJudgeClientWork, everything);
    }

    /** Answers a questionnaire: level 1 often shown, level 3 seldom; "can't judge" where the story says so. */
    private void answer(QuestionnaireDoor door, int bias, boolean cannotJudgeClientWork, boolean everything) {
        long assignmentId = door.key();
        Questionnaire q = door.read(java.util.Locale.forLanguageTag("nl"));
        int n = 0;
        for (QuestionnaireCompetency c : q.competencies()) {
            int count = c.items().size();
            for (int i = 0; i < count; i++) {
                if (!everything && n > 20) {
                    return;
                }
                QuestionnaireItem item = c.items().get(i);
                Integer score;
                if (cannotJudgeClientWork && c.label().equals("Klantpartnerschap") && q.group() != RaterGroup.SELF) {
                    score = null;
                } else {
                    int base = i < count / 3 + 1 ? 4 : i < 2 * count / 3 + 1 ? 3 : 2;
                    score = Math.max(1, Math.min(4, base + (int) ((item.indicatorId() + assignmentId + bias) % 3 == 0
                            ? bias : 0) - ((item.indicatorId() + assignmentId) % 5 == 0 ? 1 : 0)));
                }
                door.answer(item.indicatorId(), score, QuestionnaireService.NEW);
                n++;
            }
            if (everything && q.group() != RaterGroup.SELF && c.label().length() % 2 == 0) {
                door.comment(c.competencyId(), comment(c.label(), bias), QuestionnaireService.NEW);
            }
        }
    }

    private static String comment(String competency, int bias) {
        return switch (bias) {
            case 1 -> "Bij " + competency + " zie ik veel sterke momenten; deel die aanpak vaker met het team.";
            case -1 -> "Bij " + competency + " mag je wat vaker het initiatief nemen.";
            default -> "Bij " + competency + " doe je wat nodig is; blijf dat vasthouden.";
        };
    }

    /** Runs the work signed in as the person with this e-mail address, as their own click would. */
    void as(String email, Runnable work) {
        UserDetails user = users.loadUserByUsername(email);
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** A demo person's first name, by which the demo's stories name them. */
    static String first(String name) {
        return name.split(" ")[0];
    }


    static <K, V> V the(Map<K, V> map, K key) {
        return Objects.requireNonNull(map.get(key), () -> "No demo entry " + key);
    }
}
