package nl.spiegel360.development;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import nl.spiegel360.mail.Mailer;
import nl.spiegel360.people.PersonDirectory;
import nl.spiegel360.people.PersonRef;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The mails of development plans, queued in the transaction of their change: a plan put to the manager, a plan
 * agreed, the invitation to a pulse, and the reminder of an action's date. A pulse mail never names the other raters.
 */
@Component
class PlanMailer {

    private final Mailer mailer;
    private final PersonDirectory people;

    PlanMailer(Mailer mailer, PersonDirectory people) {
        this.mailer = mailer;
        this.people = people;
    }

    void proposed(long reviewId, long employeeId, @Nullable Long managerId) {
        if (managerId == null) {
            return;
        }
        var refs = people.refs(List.of(employeeId, managerId));
        send(refs.get(managerId), "mail.plan-proposed", refs.get(employeeId).name(), planLink(reviewId));
    }

    void agreed(long reviewId, long employeeId) {
        PersonRef employee = people.refs(List.of(employeeId)).get(employeeId);
        send(employee, "mail.plan-agreed", planLink(reviewId));
    }

    void pulseInvitation(long requestId, long raterId, long employeeId, LocalDate closesOn) {
        var refs = people.refs(List.of(raterId, employeeId));
        PersonRef rater = refs.get(raterId);
        send(rater, raterId == employeeId ? "mail.pulse-self" : "mail.pulse", refs.get(employeeId).name(),
                date(closesOn, rater), mailer.link("/pulses/" + requestId));
    }

    void actionReminder(long reviewId, long employeeId, String what, LocalDate dueOn) {
        PersonRef employee = people.refs(List.of(employeeId)).get(employeeId);
        send(employee, "mail.plan-action", what, date(dueOn, employee), planLink(reviewId));
    }

    private String planLink(long reviewId) {
        return mailer.link("/reviews/" + reviewId + "/plan");
    }

    private void send(PersonRef to, String key, Object... args) {
        if (to.active()) {
            mailer.send(to.email(), to.locale(), key, args);
        }
    }

    private static String date(LocalDate day, PersonRef to) {
        return day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(Locale.forLanguageTag(to.locale())));
    }
}
