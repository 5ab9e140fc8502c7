package nl.spiegel360.review;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import nl.spiegel360.aggregation.RaterGroup;
import nl.spiegel360.mail.Mailer;
import nl.spiegel360.people.PersonDirectory;
import nl.spiegel360.people.PersonRef;
import nl.spiegel360.security.SystemTask;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The mails of a review, in the recipient's language, each with a link into the application: the invitation
 * of a rater, a declined request, and the notice to the manager that every rater has submitted. Queued in the
 * outbox within the transaction of the change, so that a mail exists exactly when its change was committed. Mails
 * never name who gave which answer. An external rater's invitation and reminders each carry a new personal link.
 */
@Component
class ReviewMailer {

    private final Mailer mailer;
    private final RaterAssignmentRepository assignments;
    private final ReviewRepository reviews;
    private final PersonDirectory people;
    private final ExternalRaterRepository externals;
    private final ExternalLinks links;

    ReviewMailer(Mailer mailer, RaterAssignmentRepository assignments, ReviewRepository reviews,
            PersonDirectory people, ExternalRaterRepository externals, ExternalLinks links) {
        this.mailer = mailer;
        this.externals = externals;
        this.links = links;
        this.assignments = assignments;
        this.reviews = reviews;
        this.people = people;
    }

    @EventListener
    public void invited(ReviewEvents.RaterInvited event) {
        assignments.findWithReview(event.assignmentId()).ifPresent(a -> SystemTask.run(() -> {
            Long raterId = a.getRaterId();
            if (a.getGroup() == RaterGroup.EXTERNAL) {
                external(a, "mail.external.invitation");
                return;
            }
            if (raterId == null) {
                return;
            }
            var refs = people.refs(List.of(raterId, a.getReview().getEmployeeId()));
            PersonRef rater = refs.get(raterId);
            String key = a.getGroup() == RaterGroup.SELF ? "mail.invitation.self" : "mail.invitation";
            send(rater, key, refs.get(a.getReview().getEmployeeId()).name(), a.getReview().getCycle().getName(),
                    date(a.lastDay(), rater), link("/requests/" + a.getId()));
        }));
    }

    /** A reminder to a rater who has not submitted. */
    void remind(RaterAssignment a) {
        if (a.getGroup() == RaterGroup.EXTERNAL) {
            external(a, "mail.external.reminder");
            return;
        }
        Long raterId = a.getRaterId();
        if (raterId == null) {
            return;
        }
        var refs = people.refs(List.of(raterId, a.getReview().getEmployeeId()));
        PersonRef rater = refs.get(raterId);
        send(rater, "mail.reminder", refs.get(a.getReview().getEmployeeId()).name(),
                a.getReview().getCycle().getName(), date(a.lastDay(), rater), link("/requests/" + a.getId()));
    }

    @EventListener
    public void declined(ReviewEvents.RequestDeclined event) {
        assignments.findWithReview(event.assignmentId()).ifPresent(a -> SystemTask.run(() -> {
            Review review = a.getReview();
            var ids = new java.util.ArrayList<Long>(List.of(review.getEmployeeId()));
            if (review.getManagerId() != null) {
                ids.add(review.getManagerId());
            }
            var refs = people.refs(ids);
            String employee = refs.get(review.getEmployeeId()).name();
            for (Long id : ids) {
                send(refs.get(id), "mail.declined", employee, review.getCycle().getName(),
                        link("/reviews/" + review.getId() + "/nomination"));
            }
        }));
    }

    @EventListener
    public void allSubmitted(ReviewEvents.ReviewFullySubmitted event) {
        reviews.findWithCycle(event.reviewId()).ifPresent(r -> SystemTask.run(() -> {
                    Long managerId = r.getManagerId();
                    if (managerId == null) {
                        return;
                    }
                    var refs = people.refs(List.of(managerId, r.getEmployeeId()));
                    send(refs.get(managerId), "mail.all-submitted", refs.get(r.getEmployeeId()).name(),
                            r.getCycle().getName(), link("/reviews/" + r.getId() + "/report"));
                }));
    }

    @EventListener
    public void closedBeforeSubmit(ReviewEvents.ClosedBeforeSubmit event) {
        assignments.findWithReview(event.assignmentId()).ifPresent(a -> SystemTask.run(() -> {
                    Long raterId = a.getRaterId();
                    if (a.getGroup() == RaterGroup.EXTERNAL) {
                        externals.findById(a.getId()).filter(e -> e.getEmail() != null).ifPresent(e -> mailer.send(
                                java.util.Objects.requireNonNull(e.getEmail()), e.getLanguage(),
                                "mail.external.closed", employee(a), a.getReview().getCycle().getName()));
                        return;
                    }
                    if (raterId == null) {
                        return;
                    }
                    var refs = people.refs(List.of(raterId, a.getReview().getEmployeeId()));
                    send(refs.get(raterId), "mail.closed", refs.get(a.getReview().getEmployeeId()).name(),
                            a.getReview().getCycle().getName(), link("/requests"));
                }));
    }

    /**
     * To the HR member who closed a cycle: every review of it is closed, with its result where it has one. Queued in
     * a transaction of its own, after the last page of the close.
     */
    @org.springframework.transaction.annotation.Transactional
    public void cycleClosed(PersonRef hr, String cycle, long closed, String path) {
        send(hr, "mail.cycle-closed", cycle, closed, link(path));
    }

    /**
     * A mail to an external rater with a new personal link to their questionnaire: who asks (the employee, and who
     * invited on their behalf), the cycle and the last day. Nothing when their identity has been erased.
     */
    private void external(RaterAssignment a, String key) {
        externals.findById(a.getId()).filter(e -> e.getEmail() != null).ifPresent(e -> {
            Long by = a.getNominatedBy();
            String inviter = by == null ? employee(a) : people.refs(List.of(by)).get(by).name();
            mailer.send(java.util.Objects.requireNonNull(e.getEmail()), e.getLanguage(), key,
                    String.valueOf(e.getName()), employee(a), inviter, a.getReview().getCycle().getName(),
                    a.lastDay().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                            .withLocale(Locale.forLanguageTag(e.getLanguage()))),
                    link(ExternalLinks.PATH + links.issue(a.getId())));
        });
    }

    private String employee(RaterAssignment a) {
        long id = a.getReview().getEmployeeId();
        return people.refs(List.of(id)).get(id).name();
    }

    private void send(PersonRef to, String key, Object... args) {
        mailer.send(to.email(), to.locale(), key, args);
    }

    private String link(String path) {
        return mailer.link(path);
    }

    private static String date(java.time.LocalDate day, PersonRef to) {
        return day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(Locale.forLanguageTag(to.locale())));
    }
}
