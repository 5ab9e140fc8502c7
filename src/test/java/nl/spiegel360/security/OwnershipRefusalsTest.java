package nl.spiegel360.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.spiegel360.base.UserFacingException;
import nl.spiegel360.report.ReportFixture;
import nl.spiegel360.test.IntegrationTest;
import nl.spiegel360.test.Login;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

/**
 * The ownership rules, enumerated like {@link RefusedCallerTest} enumerates the role rules: every public service
 * method that a signed-in employee may call and that takes the id of a review, a request or a cycle, called by an
 * employee who is not its employee, manager or rater, with the id of a real record of someone else. Each must answer
 * as if the record did not exist (or refuse, or answer with an empty list), so that nobody can read or change
 * another's review by guessing ids.
 * Methods that every employee may use for any id say why below.
 */
@IntegrationTest
class OwnershipRefusalsTest {

    /** Methods open to any signed-in user for any id, and why that is right. */
    static final Map<String, String> OPEN_FOR_ANY_ID = Map.of(
            "CycleService.cycle", "a cycle's name and dates are shown to everyone taking part in the organisation",
            "CycleService.settings", "the scale of a cycle is what every rater's questionnaire shows");

    private static final String STRANGER = "bram@spiegel360.example";

    @Autowired
    ApplicationContext context;

    @Autowired
    Login login;

    @Autowired
    ReportFixture results;

    @AfterEach
    void signOut() {
        login.out();
    }

    @Test
    void no_employee_reaches_a_review_request_or_cycle_of_others_by_its_id() {
        var rated = results.collecting(3, ReportFixture::spread);
        results.close(rated);
        Map<String, Long> ids = Map.of("reviewId", rated.reviewId(), "assignmentId", rated.assignments().getFirst(),
                "cycleId", rated.team().cycleId());
        List<String> checked = new ArrayList<>();
        List<String> answered = new ArrayList<>();
        for (ServiceMethods m : ServiceMethods.of(context)) {
            if (m.method().getParameterCount() == 0 || m.forHrOnly() || m.open()
                    || OPEN_FOR_ANY_ID.containsKey(m.name())) {
                continue;
            }
            Long id = ids.get(m.method().getParameters()[0].getName());
            if (id == null) {
                continue;
            }
            login.as(STRANGER);
            if (revealed(m, id)) {
                answered.add(m.name());
            }
            checked.add(m.name());
        }
        assertThat(answered).as("methods that answered a stranger").isEmpty();
        assertThat(checked).contains("ReportService.report", "ReportExports.pdf", "QuestionnaireService.answer",
                "QuestionnaireService.questionnaire", "RaterRequests.decline", "NominationService.nominate",
                "NominationService.approve", "NominationReads.nomination", "ExternalNominations.nominateExternal",
                "ReviewClosing.readiness", "ProgressService.cycleProgress",
                "ReportService.calibrate", "ReviewReleases.release");
    }

    /**
     * Calls the method with the id first and harmless values after it: whether it answered with anything of the
     * record, rather than refusing or answering as for a record that does not exist (an empty list, a CSV file of
     * headers only, a count of none).
     */
    private static boolean revealed(ServiceMethods m, long id) {
        Object[] args = new Object[m.method().getParameterCount()];
        Class<?>[] types = m.method().getParameterTypes();
        args[0] = id;
        StringBuilder written = null;
        for (int i = 1; i < args.length; i++) {
            if (types[i] == Appendable.class) {
                // a method that streams its answer: what it writes is its answer
                written = new StringBuilder();
                args[i] = written;
            } else {
                args[i] = harmless(types[i]);
            }
        }
        try {
            Object returned = m.call(args);
            Object answer = returned == null && written != null ? written.toString() : returned;
            return !(answer instanceof java.util.Collection<?> c && c.isEmpty()
                    || answer instanceof String text && text.strip().lines().count() <= 1
                    || answer instanceof Number n && n.longValue() == 0);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            return !(cause instanceof AccessDeniedException || cause instanceof UserFacingException u
                    && u.messageKey().endsWith("not-found"));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static @Nullable Object harmless(Class<?> type) {
        if (type == long.class) {
            return 1L;
        }
        if (type == int.class) {
            return 1;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == String.class) {
            return "Een reden";
        }
        if (type == java.util.Locale.class) {
            return java.util.Locale.of("nl");
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        if (type == List.class) {
            return List.of();
        }
        if (type == java.util.Collection.class) {
            return List.of();
        }
        return null;
    }
}
