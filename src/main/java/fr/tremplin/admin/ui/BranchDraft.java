package fr.tremplin.admin.ui;

import fr.tremplin.admin.BranchSettings;
import fr.tremplin.admin.OpeningSlot;
import fr.tremplin.core.i18n.Language;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** A branch's settings as the form holds them: languages and opening hours as the text a person types. */
final class BranchDraft {

    String name;
    String languages;
    Integer idle;
    String email;
    String phone;
    String address;
    final Map<DayOfWeek, String> hours = new EnumMap<>(DayOfWeek.class);

    static BranchDraft of(BranchSettings branch) {
        BranchDraft draft = new BranchDraft();
        draft.name = branch.name();
        draft.languages = branch.languages().stream().map(Language::code).collect(Collectors.joining(" "));
        draft.idle = branch.idleTimeoutSeconds();
        draft.email = branch.contactEmail() == null ? "" : branch.contactEmail();
        draft.phone = branch.contactPhone() == null ? "" : branch.contactPhone();
        draft.address = branch.address() == null ? "" : branch.address();
        for (DayOfWeek day : DayOfWeek.values()) {
            draft.hours.put(day, branch.openingHours().stream().filter(s -> s.day() == day)
                    .map(s -> s.opens() + "-" + s.closes()).collect(Collectors.joining(", ")));
        }
        return draft;
    }

    BranchSettings toSettings(BranchSettings original) {
        List<OpeningSlot> slots = new ArrayList<>();
        hours.forEach((day, text) -> slots.addAll(slots(day, text)));
        return new BranchSettings(original.code(), name.strip(), original.timeZone(), languages(languages),
                idle, slots, blankToNull(email), blankToNull(phone), blankToNull(address));
    }

    /** @return the translation key of the problem, or null */
    static String languageProblem(String text) {
        Set<String> seen = new LinkedHashSet<>();
        for (String code : split(text)) {
            if (Language.fromCode(code).isEmpty()) {
                return "staff.branch.languages.unknown";
            }
            if (!seen.add(code)) {
                return "staff.branch.languages.twice";
            }
        }
        return seen.isEmpty() ? "staff.branch.languages.none" : null;
    }

    /** @return the translation key of the problem, or null */
    static String hoursProblem(DayOfWeek day, String text) {
        try {
            List<OpeningSlot> slots = slots(day, text);
            for (int i = 0; i < slots.size(); i++) {
                for (int j = i + 1; j < slots.size(); j++) {
                    if (slots.get(i).opens().isBefore(slots.get(j).closes())
                            && slots.get(j).opens().isBefore(slots.get(i).closes())) {
                        return "staff.branch.hours.overlap.short";
                    }
                }
            }
            return null;
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return "staff.branch.hours.format";
        }
    }

    private static List<OpeningSlot> slots(DayOfWeek day, String text) {
        List<OpeningSlot> slots = new ArrayList<>();
        for (String period : text == null ? List.<String>of() : List.of(text.split(","))) {
            String value = period.strip();
            if (value.isEmpty()) {
                continue;
            }
            if (!value.matches("\\d{2}:\\d{2}-\\d{2}:\\d{2}")) {
                throw new IllegalArgumentException(value);
            }
            slots.add(new OpeningSlot(day, LocalTime.parse(value.substring(0, 5)), LocalTime.parse(value.substring(6))));
        }
        return slots;
    }

    private static List<Language> languages(String text) {
        return split(text).stream().map(code -> Language.fromCode(code).orElseThrow()).toList();
    }

    private static List<String> split(String text) {
        return text == null ? List.of() : List.of(text.trim().split("[\\s,]+")).stream().filter(s -> !s.isEmpty())
                .toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
