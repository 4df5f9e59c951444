package fr.tremplin.config;

import fr.tremplin.admin.BranchSettings;
import fr.tremplin.admin.OpeningSlot;
import fr.tremplin.core.i18n.Language;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads kiosk-config/branches.yml. */
final class BranchesFile {

    static final String NAME = "branches.yml";
    static final String CODE_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

    private BranchesFile() {
    }

    static List<BranchSettings> read(Path file) {
        YamlNode root = YamlNode.parse(file);
        Map<String, YamlNode> top = root.fields("branches");
        List<BranchSettings> branches = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (YamlNode item : root.required(top, "branches").items()) {
            BranchSettings branch = branch(item);
            if (!codes.add(branch.code())) {
                throw item.error("the branch code '" + branch.code() + "' is used twice");
            }
            branches.add(branch);
        }
        if (branches.isEmpty()) {
            throw root.error("no branch is defined");
        }
        return branches;
    }

    private static BranchSettings branch(YamlNode item) {
        Map<String, YamlNode> f = item.fields("code", "name", "timeZone", "idleTimeoutSeconds", "languages",
                "openingHours", "contact");
        String code = item.required(f, "code").matching(CODE_PATTERN,
                "lowercase letters, digits and single dashes, such as 'pont-a-mousson'");
        if (code.length() > 40) {
            throw f.get("code").error("is longer than 40 characters");
        }
        String name = item.required(f, "name").text(200);
        ZoneId zone = YamlNode.optional(f, "timeZone").map(BranchesFile::zone).orElse(ZoneId.of("Europe/Paris"));
        int idle = YamlNode.optional(f, "idleTimeoutSeconds").map(n -> n.integer(30, 3600))
                .orElse(BranchSettings.DEFAULT_IDLE_TIMEOUT_SECONDS);
        List<Language> languages = languages(item.required(f, "languages"));
        List<OpeningSlot> hours = YamlNode.optional(f, "openingHours").map(BranchesFile::openingHours)
                .orElse(List.of());
        String email = null;
        String phone = null;
        String address = null;
        if (YamlNode.optional(f, "contact").isPresent()) {
            Map<String, YamlNode> contact = f.get("contact").fields("email", "phone", "address");
            email = YamlNode.optional(contact, "email")
                    .map(n -> n.matching("[^@\\s]+@[^@\\s]+\\.[^@\\s]+", "an e-mail address")).orElse(null);
            phone = YamlNode.optional(contact, "phone").map(n -> n.matching("[+0-9 ().-]{6,40}", "a phone number"))
                    .orElse(null);
            address = YamlNode.optional(contact, "address").map(n -> n.text(300)).orElse(null);
        }
        return new BranchSettings(code, name, zone, languages, idle, hours, email, phone, address);
    }

    private static ZoneId zone(YamlNode node) {
        String value = node.text();
        try {
            return ZoneId.of(value);
        } catch (DateTimeException e) {
            throw node.error("'" + value + "' is not a time zone; expected a name such as Europe/Paris");
        }
    }

    private static List<Language> languages(YamlNode node) {
        List<Language> languages = new ArrayList<>();
        for (YamlNode item : node.items()) {
            Language language = KioskLanguages.of(item, item.text());
            if (languages.contains(language)) {
                throw item.error("the language '" + language.code() + "' is listed twice");
            }
            languages.add(language);
        }
        if (languages.isEmpty()) {
            throw node.error("at least one language is needed");
        }
        return languages;
    }

    private static List<OpeningSlot> openingHours(YamlNode node) {
        List<OpeningSlot> slots = new ArrayList<>();
        for (Map.Entry<String, YamlNode> day : node.entries().entrySet()) {
            DayOfWeek dayOfWeek;
            try {
                dayOfWeek = DayOfWeek.valueOf(day.getKey().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw day.getValue().error("'" + day.getKey() + "' is not a day; expected monday to sunday");
            }
            List<OpeningSlot> ofDay = new ArrayList<>();
            for (YamlNode period : day.getValue().items()) {
                OpeningSlot slot = slot(dayOfWeek, period);
                for (OpeningSlot other : ofDay) {
                    if (slot.opens().isBefore(other.closes()) && other.opens().isBefore(slot.closes())) {
                        throw period.error("overlaps " + other.opens() + "-" + other.closes());
                    }
                }
                ofDay.add(slot);
            }
            slots.addAll(ofDay);
        }
        return slots;
    }

    private static OpeningSlot slot(DayOfWeek day, YamlNode period) {
        String value = period.matching("\\d{2}:\\d{2}-\\d{2}:\\d{2}", "a period such as 14:00-18:00");
        try {
            LocalTime opens = LocalTime.parse(value.substring(0, 5));
            LocalTime closes = LocalTime.parse(value.substring(6));
            if (!opens.isBefore(closes)) {
                throw period.error("'" + value + "' closes before it opens");
            }
            return new OpeningSlot(day, opens, closes);
        } catch (DateTimeParseException e) {
            throw period.error("'" + value + "' is not a valid time period");
        }
    }
}
