package fr.tremplin.catalogue;

import fr.tremplin.core.audit.AuditLog;
import fr.tremplin.core.db.jooq.tables.records.ResourceRecord;
import fr.tremplin.core.domain.ConfigurationChanged;
import fr.tremplin.core.domain.InvalidInputException;
import fr.tremplin.core.domain.StaleEditException;
import fr.tremplin.core.i18n.Language;
import fr.tremplin.core.security.StaffAccess;
import fr.tremplin.core.security.StaffRole;
import fr.tremplin.core.security.StaffUser;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The resource catalogue, shared by every branch: any staff user reads it, a department admin edits its texts.
 * Missing translations are flagged per kiosk language.
 */
@Service
public class ResourceAdminService {

    public static final int TITLE_MAX = 200;
    public static final int SUMMARY_MAX = 500;
    public static final int LONG_TEXT_MAX = 2000;

    private final ResourceDao dao;
    private final StaffAccess access;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ResourceAdminService(ResourceDao dao, StaffAccess access, AuditLog audit, ApplicationEventPublisher events,
            Clock clock) {
        this.dao = dao;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The resources that are not retired, by code. */
    @Transactional(readOnly = true)
    public List<ResourceLine> resources() {
        access.current();
        Map<String, ResourceRecord> records = dao.findAllByCode();
        Map<String, ResourceDefinition> definitions = dao.findAllDefinitions(records);
        return records.values().stream().filter(r -> r.getRetiredAt() == null)
                .sorted(Comparator.comparing(ResourceRecord::getCode))
                .map(r -> line(r, definitions.get(r.getCode()))).toList();
    }

    @Transactional(readOnly = true)
    public ResourceLine resource(String code) {
        return resources().stream().filter(r -> r.code().equals(code)).findFirst()
                .orElseThrow(() -> new InvalidInputException("code", "staff.offers.unknown-resource", code));
    }

    /**
     * Replaces the texts of a resource. A language whose fields are all empty is dropped; French needs a title.
     *
     * @throws StaleEditException when someone saved the resource since {@code expectedVersion}
     */
    @Transactional
    public ResourceLine updateTexts(String code, Map<Language, ResourceText> texts, int expectedVersion) {
        StaffUser user = access.requireRole(StaffRole.DEPARTMENT_ADMIN);
        Map<Language, ResourceText> cleaned = clean(texts);
        ResourceLine before = resource(code);
        if (!dao.updateTextsByStaff(code, cleaned, expectedVersion, user.username(), LocalDateTime.now(clock))) {
            throw new StaleEditException("resource", code);
        }
        ResourceLine after = resource(code);
        audit.record("RESOURCE_TEXTS_UPDATED", "resource", code, null, before.texts(), after.texts());
        events.publishEvent(new ConfigurationChanged("texts of resource " + code));
        return after;
    }

    static Map<Language, ResourceText> clean(Map<Language, ResourceText> texts) {
        Map<Language, ResourceText> cleaned = new EnumMap<>(Language.class);
        texts.forEach((language, text) -> {
            ResourceText stripped = new ResourceText(strip(text.title()), strip(text.summary()), strip(text.learn()),
                    strip(text.howToAccess()));
            boolean empty = stripped.title() == null && stripped.summary() == null && stripped.learn() == null
                    && stripped.howToAccess() == null;
            if (empty) {
                return;
            }
            String field = "texts." + language.code() + ".";
            if (stripped.title() == null) {
                throw new InvalidInputException(field + "title", "staff.resources.title-required");
            }
            checkLength(field + "title", stripped.title(), TITLE_MAX);
            checkLength(field + "summary", stripped.summary(), SUMMARY_MAX);
            checkLength(field + "learn", stripped.learn(), LONG_TEXT_MAX);
            checkLength(field + "howToAccess", stripped.howToAccess(), LONG_TEXT_MAX);
            cleaned.put(language, stripped);
        });
        if (!cleaned.containsKey(Language.FR)) {
            throw new InvalidInputException("texts.fr.title", "staff.resources.french-required");
        }
        return cleaned;
    }

    private static void checkLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw new InvalidInputException(field, "staff.validation.too-long", max);
        }
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static ResourceLine line(ResourceRecord record, ResourceDefinition definition) {
        Set<Language> missing = EnumSet.noneOf(Language.class);
        Arrays.stream(Language.values()).filter(l -> !definition.texts().containsKey(l)).forEach(missing::add);
        return new ResourceLine(record.getCode(), record.getPublisher(), record.getAccessMode(), definition.texts(),
                missing, record.getVersion(), record.getStaffEditedAt(), record.getStaffEditedBy());
    }
}
