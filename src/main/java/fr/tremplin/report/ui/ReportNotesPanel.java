package fr.tremplin.report.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import fr.tremplin.core.ui.Feedback;
import fr.tremplin.report.ReportNote;
import fr.tremplin.report.ReportNotes;
import fr.tremplin.report.ReportPeriod;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The qualitative part of the report beside the figures: the notes of the period, and, for one branch, writing the
 * note of a month (what worked, partners met, press, patrons' words without names).
 */
class ReportNotesPanel extends Div {

    private static final int MAX_MONTHS = 36;

    private final ReportNotes notes;

    ReportNotesPanel(ReportNotes notes) {
        this.notes = notes;
        setId("report-notes");
        addClassName("report-notes");
    }

    void show(ReportPeriod period) {
        removeAll();
        add(new H3(getTranslation("staff.report.notes")));
        List<ReportNote> written = notes.notes(period);
        if (written.isEmpty()) {
            add(new Paragraph(getTranslation("staff.report.notes.none")));
        }
        for (ReportNote note : written) {
            Paragraph shown = new Paragraph(note.month() + " – " + note.branchName() + " : " + note.body());
            shown.setId("report-note-" + note.branchCode() + "-" + note.month());
            add(shown);
        }
        if (period.branchCode() != null) {
            add(editor(period, written));
        }
    }

    private Div editor(ReportPeriod period, List<ReportNote> written) {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(period.to()); !m.isBefore(YearMonth.from(period.from()))
                && months.size() < MAX_MONTHS; m = m.minusMonths(1)) {
            months.add(m);
        }
        Select<YearMonth> month = new Select<>();
        month.setId("report-note-month");
        month.setLabel(getTranslation("staff.report.notes.month"));
        month.setItems(months);
        TextArea text = new TextArea(getTranslation("staff.report.notes.text"));
        text.setId("report-note-text");
        text.setHelperText(getTranslation("staff.report.notes.help"));
        text.setMaxLength(ReportNotes.MAX_LENGTH);
        text.setWidthFull();
        month.addValueChangeListener(e -> text.setValue(written.stream().filter(n -> n.month().equals(e.getValue()))
                .map(ReportNote::body).findFirst().orElse("")));
        month.setValue(months.get(0));
        Button save = new Button(getTranslation("staff.save"), e -> {
            if (Feedback.save(() -> notes.write(period.branchCode(), month.getValue(), text.getValue()),
                    Map.of("body", text))) {
                show(period);
            }
        });
        save.setId("report-note-save");
        return new Div(month, text, save);
    }
}
