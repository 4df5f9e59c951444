package fr.tremplin.catalogue;

import fr.tremplin.core.audit.AuditLog;
import fr.tremplin.core.db.jooq.tables.records.NeedRecord;
import fr.tremplin.core.domain.ConfigurationChanged;
import fr.tremplin.core.domain.InvalidInputException;
import fr.tremplin.core.domain.StaleEditException;
import fr.tremplin.core.i18n.Language;
import fr.tremplin.core.security.StaffAccess;
import fr.tremplin.core.security.StaffRole;
import fr.tremplin.core.security.StaffUser;
import fr.tremplin.core.ui.Pictograms;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The need taxonomy: any staff user reads it, a department admin edits labels and pictograms. */
@Service
public class TaxonomyAdminService {

    public static final int LABEL_MAX = 200;

    private final TaxonomyDao dao;
    private final StaffAccess access;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TaxonomyAdminService(TaxonomyDao dao, StaffAccess access, AuditLog audit, ApplicationEventPublisher events,
            Clock clock) {
        this.dao = dao;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Needs that are not retired, each top-level need followed by its sub-needs, in kiosk order. */
    @Transactional(readOnly = true)
    public List<NeedLine> needs() {
        access.current();
        Map<String, NeedRecord> records = dao.findAllByCode();
        Map<String, NeedDefinition> definitions = dao.findAllDefinitions(records);
        Comparator<NeedDefinition> order = Comparator.comparingInt(NeedDefinition::position)
                .thenComparing(NeedDefinition::code);
        List<NeedLine> lines = new ArrayList<>();
        definitions.values().stream().filter(d -> d.topLevel() && records.get(d.code()).getRetiredAt() == null)
                .sorted(order).forEach(parent -> {
                    lines.add(line(records.get(parent.code()), parent));
                    definitions.values().stream().filter(d -> parent.code().equals(d.parentCode())
                                    && records.get(d.code()).getRetiredAt() == null)
                            .sorted(order).forEach(child -> lines.add(line(records.get(child.code()), child)));
                });
        return lines;
    }

    @Transactional(readOnly = true)
    public NeedLine need(String code) {
        return needs().stream().filter(n -> n.code().equals(code)).findFirst()
                .orElseThrow(() -> new InvalidInputException("code", "staff.taxonomy.unknown", code));
    }

    /** @throws StaleEditException when someone saved the need since {@code expectedVersion} */
    @Transactional
    public NeedLine update(String code, String pictogram, Map<Language, String> labels, int expectedVersion) {
        StaffUser user = access.requireRole(StaffRole.DEPARTMENT_ADMIN);
        if (pictogram == null || !Pictograms.isKnown(pictogram.strip())) {
            throw new InvalidInputException("pictogram", "staff.taxonomy.pictogram.unknown");
        }
        Map<Language, String> cleaned = new EnumMap<>(Language.class);
        labels.forEach((language, label) -> {
            if (label != null && !label.isBlank()) {
                if (label.strip().length() > LABEL_MAX) {
                    throw new InvalidInputException("labels." + language.code(), "staff.validation.too-long",
                            LABEL_MAX);
                }
                cleaned.put(language, label.strip());
            }
        });
        if (!cleaned.containsKey(Language.FR)) {
            throw new InvalidInputException("labels.fr", "staff.taxonomy.french-required");
        }
        NeedLine before = need(code);
        if (!dao.updateByStaff(code, pictogram.strip(), cleaned, expectedVersion, user.username(),
                LocalDateTime.now(clock))) {
            throw new StaleEditException("need", code);
        }
        NeedLine after = need(code);
        audit.record("NEED_UPDATED", "need", code, null, state(before), state(after));
        events.publishEvent(new ConfigurationChanged("need " + code));
        return after;
    }

    private static Map<String, Object> state(NeedLine need) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("pictogram", need.pictogram());
        state.put("labels", need.labels());
        return state;
    }

    private static NeedLine line(NeedRecord record, NeedDefinition definition) {
        EnumSet<Language> missing = EnumSet.noneOf(Language.class);
        Arrays.stream(Language.values()).filter(l -> !definition.labels().containsKey(l)).forEach(missing::add);
        return new NeedLine(record.getCode(), definition.parentCode(), record.getPictogram(), definition.labels(),
                missing, record.getVersion(), record.getStaffEditedAt(), record.getStaffEditedBy());
    }
}
