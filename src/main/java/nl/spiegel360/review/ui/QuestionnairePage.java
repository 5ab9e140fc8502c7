package nl.spiegel360.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Emphasis;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import nl.spiegel360.base.ui.ScaleChoice;
import nl.spiegel360.aggregation.RaterGroup;
import nl.spiegel360.base.TransientFailures;
import nl.spiegel360.base.UserFacingException;
import nl.spiegel360.base.ui.Dates;
import nl.spiegel360.base.ui.NotFoundMessage;
import nl.spiegel360.base.ui.Notices;
import nl.spiegel360.review.QuestionnaireService;
import nl.spiegel360.review.QuestionnaireDoor;
import nl.spiegel360.review.ReviewReadModels.CommentValue;
import nl.spiegel360.review.ReviewReadModels.Questionnaire;
import nl.spiegel360.review.ReviewReadModels.QuestionnaireCompetency;

/**
 * A questionnaire page: per competency its definition and behavioural indicators (levels not shown), each on the
 * scale or "can't judge", and an optional comment. Every answer is saved as it is given. Whoever opened it (a
 * signed-in rater, an external rater by their link) works through its {@link QuestionnaireDoor}.
 */
abstract class QuestionnairePage extends Main implements HasDynamicTitle {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(QuestionnairePage.class);

    private final transient Clock clock;
    private final transient TransientFailures retries;
    private final Map<Long, Long> commentVersions = new HashMap<>();
    private transient QuestionnaireDoor door = NO_DOOR;
    private AnswerSaving answers;
    private final List<ScaleSheet> sheets = new java.util.ArrayList<>();
    private final Span saved = new Span();
    private final ProgressBar progressBar = new ProgressBar();
    private final Span progressText = new Span();
    private int total;
    protected String title = "";
    private ScaleSheet.StateTexts stateTexts = new ScaleSheet.StateTexts("", "", "");

    QuestionnairePage(TransientFailures retries, Clock clock) {
        this.clock = clock;
        this.retries = retries;
        this.answers = new AnswerSaving(NO_DOOR, retries, Map.of());
        addClassName("page");
        addClassName("questionnaire");
    }

    /** Opens the questionnaire behind this door and shows it. */
    protected void open(QuestionnaireDoor opened) {
        this.door = opened;
        render(door.read(getLocale()));
    }

    /** What stands above the title (nothing by default: the application's layout is around the page). */
    protected void addHeader() {
    }

    /** What stands above the questionnaire, after its title (nothing by default). */
    protected void addIntroduction(Questionnaire q) {
    }

    /** After the rater submitted: the page as it is now. */
    protected void submitted() {
        reload();
    }

    /** When the questionnaire can no longer be read. */
    protected void gone() {
        removeAll();
        add(new NotFoundMessage());
    }

    private void render(Questionnaire q) {
        removeAll();
        addHeader();
        total = q.total();
        title = getTranslation(q.group() == RaterGroup.SELF ? "questionnaire.title-self" : "questionnaire.title",
                q.employeeName());
        var heading = new H2(title);
        heading.setId("questionnaire-title");
        var meta = new Paragraph(getTranslation("questionnaire.meta", getTranslation("group." + q.group().name()),
                Dates.format(q.lastDay(), getLocale())));
        meta.addClassName("label");
        var status = Badges.status(q.status());
        status.setId("questionnaire-status");
        saved.setId("questionnaire-saved");
        saved.getElement().setAttribute("aria-live", "polite");
        saved.addClassName("label");
        progressText.setId("questionnaire-progress");
        var progress = new Div(progressBar, progressText, saved);
        progress.addClassName("questionnaire-progress");
        var visibility = new Paragraph(getTranslation("questionnaire.visibility." + q.group().name(),
                q.employeeName(), q.groupMinimum()));
        visibility.setId("questionnaire-visibility");
        visibility.addClassName("questionnaire-visibility");
        add(heading, meta, status);
        addIntroduction(q);
        add(visibility, progress);
        if (!q.editable() && q.status().open()) {
            var closed = new Paragraph(getTranslation("questionnaire.closed"));
            closed.setId("questionnaire-closed");
            add(closed);
        }
        sheets.clear();
        answers = new AnswerSaving(door, retries, q.answers());
        q.comments().forEach((id, c) -> commentVersions.put(id, c.version()));
        List<Integer> options = new java.util.ArrayList<>(IntStream.rangeClosed(1, q.scaleMax()).boxed().toList());
        options.add(ScaleChoice.CANT_JUDGE);
        List<String> labels = options.stream().map(v -> ScaleChoice.label(this, v, q.scaleMax())).toList();
        stateTexts = new ScaleSheet.StateTexts(getTranslation("questionnaire.item.saving"),
                getTranslation("questionnaire.item.saved"), getTranslation("questionnaire.item.not-saved"));
        for (QuestionnaireCompetency c : q.competencies()) {
            add(competency(c, q, options, labels));
        }
        updateProgress(q.answers().size());
        if (q.editable()) {
            add(actions(q));
            reportChoicesNotSaved();
        }
    }

    /** Names the choices the browser kept that no server stored (see {@link UnsavedChoices}), once. */
    private void reportChoicesNotSaved() {
        UnsavedChoices.ask(this, unsavedKey(), json -> {
            String names = UnsavedChoices.markNotSaved(json, sheets, answers.stored());
            if (!names.isEmpty()) {
                var message = new Paragraph(getTranslation("questionnaire.not-saved-before", names));
                message.setId("questionnaire-not-saved");
                message.addClassName("questionnaire-not-saved");
                message.getElement().setAttribute("role", "alert");
                addComponentAtIndex(Math.min(5, getComponentCount()), message);
            }
        });
    }

    private String unsavedKey() {
        return UnsavedChoices.key(door.key());
    }

    private Section competency(QuestionnaireCompetency c, Questionnaire q, List<Integer> options,
            List<String> labels) {
        var section = new Section(new H3(c.label()), new Paragraph(new Emphasis(c.definition())));
        section.addClassName("questionnaire-competency");
        section.add(sheet(c, q, options, labels));
        var comment = new TextArea(getTranslation("questionnaire.comment", c.label()));
        comment.setId("comment-" + c.competencyId());
        comment.setWidthFull();
        comment.setMaxLength(4000);
        CommentValue existing = q.comments().get(c.competencyId());
        comment.setValue(existing == null ? "" : existing.text());
        comment.setReadOnly(!q.editable());
        comment.setHelperText(getTranslation(switch (q.group()) {
            case SELF -> "questionnaire.comment.help-self";
            case MANAGER -> "questionnaire.comment.help-manager";
            case EXTERNAL -> "questionnaire.comment.help-external";
            default -> "questionnaire.comment.help";
        }));
        comment.setValueChangeMode(ValueChangeMode.ON_BLUR);
        long competencyId = c.competencyId();
        comment.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                saveComment(competencyId, e.getValue(), comment);
            }
        });
        section.add(comment);
        return section;
    }

    private ScaleSheet sheet(QuestionnaireCompetency c, Questionnaire q, List<Integer> options, List<String> labels) {
        Map<Long, String> texts = new java.util.LinkedHashMap<>();
        c.items().forEach(item -> texts.put(item.indicatorId(), item.marked()));
        ScaleSheet sheet = new ScaleSheet(texts, options, labels, stateTexts, unsavedKey());
        sheet.setId("items-" + c.competencyId());
        sheet.showStored(answers.stored());
        sheet.setReadOnly(!q.editable());
        sheets.add(sheet);
        sheet.addChoiceListener((indicatorId, value) -> saveAnswer(indicatorId, value, sheet));
        return sheet;
    }

    private void saveAnswer(long indicatorId, int value, ScaleSheet sheet) {
        if (answers.save(indicatorId, value, sheet)) {
            markSaved();
        }
        updateProgress(answers.answered());
    }

    private void saveComment(long competencyId, String text, TextArea field) {
        try {
            CommentValue value = retries.retryOnce(() -> door.comment(competencyId, text,
                    commentVersions.getOrDefault(competencyId, QuestionnaireService.NEW)));
            commentVersions.put(competencyId, value.version());
            field.setInvalid(false);
            markSaved();
        } catch (UserFacingException e) {
            field.setInvalid(true);
            field.setErrorMessage(Notices.text(e));
            Notices.error(e);
        } catch (RuntimeException e) {
            log.warn("A comment was not stored: {}", e.toString());
            field.setInvalid(true);
            field.setErrorMessage(getTranslation("questionnaire.error.comment-not-saved"));
            Notices.errorText(getTranslation("questionnaire.error.comment-not-saved"));
        }
    }

    private void markSaved() {
        saved.setText(getTranslation("questionnaire.saved",
                LocalTime.now(clock).format(DateTimeFormatter.ofPattern("HH:mm:ss"))));
    }

    private void updateProgress(int answered) {
        progressBar.setMax(Math.max(1, total));
        progressBar.setValue(Math.min(answered, total));
        progressText.setText(getTranslation("questionnaire.progress", answered, total));
        progressBar.getElement().setAttribute("aria-label", progressText.getText());
    }

    private Div actions(Questionnaire q) {
        var submit = new Button(getTranslation("questionnaire.submit"), e -> confirmSubmit());
        submit.setId("questionnaire-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        var actions = new Div(submit);
        actions.addClassName("questionnaire-actions");
        if (q.group() != RaterGroup.SELF) {
            var decline = new Button(getTranslation("questionnaire.decline"),
                    e -> new DeclineDialog(door, this::submitted).open());
            decline.setId("questionnaire-decline");
            decline.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            actions.add(decline);
        }
        return actions;
    }

    private void confirmSubmit() {
        var dialog = new ConfirmDialog(getTranslation("questionnaire.submit.title"),
                getTranslation("questionnaire.submit.text"), getTranslation("questionnaire.submit"), e -> submit());
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setId("questionnaire-submit-confirm");
        dialog.addCancelListener(e -> reload());
        dialog.open();
    }

    void submit() {
        try {
            door.submit();
            Notices.success("questionnaire.submitted");
        } catch (UserFacingException e) {
            Notices.error(e);
            reload();
            return;
        }
        submitted();
    }

    protected void reload() {
        try {
            render(door.read(getLocale()));
        } catch (UserFacingException e) {
            gone();
        }
    }

    /** The door of a page that opened nothing yet. */
    private static final QuestionnaireDoor NO_DOOR = new QuestionnaireDoor() {
        @Override
        public long key() {
            return 0;
        }

        @Override
        public Questionnaire read(java.util.Locale locale) {
            throw new UserFacingException("common.not-found");
        }

        @Override
        public nl.spiegel360.review.ReviewReadModels.Answer answer(long indicatorId,
                @org.jspecify.annotations.Nullable Integer score,
                long expectedVersion) {
            throw new UserFacingException("common.not-found");
        }

        @Override
        public nl.spiegel360.review.ReviewReadModels.@org.jspecify.annotations.Nullable Answer storedAnswer(
                long indicatorId) {
            return null;
        }

        @Override
        public CommentValue comment(long competencyId, String text, long expectedVersion) {
            throw new UserFacingException("common.not-found");
        }

        @Override
        public nl.spiegel360.review.AssignmentStatus submit() {
            throw new UserFacingException("common.not-found");
        }

        @Override
        public void decline(String reason) {
            throw new UserFacingException("common.not-found");
        }
    };

    @Override
    public String getPageTitle() {
        return title;
    }
}
