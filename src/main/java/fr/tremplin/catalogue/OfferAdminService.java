package fr.tremplin.catalogue;

import fr.tremplin.core.audit.AuditLog;
import fr.tremplin.core.db.jooq.tables.records.OfferRecord;
import fr.tremplin.core.domain.AccessMode;
import fr.tremplin.core.domain.ConfigurationChanged;
import fr.tremplin.core.domain.InvalidInputException;
import fr.tremplin.core.domain.StaleEditException;
import fr.tremplin.core.i18n.Language;
import fr.tremplin.core.security.StaffAccess;
import fr.tremplin.core.security.StaffUser;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The offers of one branch: which resources its kiosks show, licences bought, yearly cost and the branch's own
 * access mode. Staff see the offers of their branches; admins of the branch (and department admins) change them.
 */
@Service
public class OfferAdminService {

    public static final int MAX_LICENCES = 1_000_000;
    public static final BigDecimal MAX_YEARLY_COST = new BigDecimal("99999999.99");

    private final OfferDao dao;
    private final StaffAccess access;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OfferAdminService(OfferDao dao, StaffAccess access, AuditLog audit, ApplicationEventPublisher events,
            Clock clock) {
        this.dao = dao;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Every resource of the catalogue with the branch's offer of it, titles in {@code language}. */
    @Transactional(readOnly = true)
    public List<OfferLine> offers(String branchCode, Language language) {
        access.requireSees(branchCode);
        return dao.lines(branchCode, language);
    }

    /** Switches a resource on or off for the branch's kiosks. */
    @Transactional
    public OfferLine setEnabled(String branchCode, String resourceCode, boolean enabled, Integer expectedVersion) {
        OfferLine current = line(branchCode, resourceCode);
        return save(branchCode, current, new OfferDefinition(branchCode, enabled, current.licencesBought(),
                current.yearlyCost(), current.accessModeOverride()), expectedVersion);
    }

    /**
     * Saves the terms of an offer (and whether it is on).
     *
     * @throws StaleEditException when someone saved the offer since {@code expectedVersion}; nothing is written
     * @throws InvalidInputException naming the field at fault
     */
    @Transactional
    public OfferLine update(String branchCode, String resourceCode, boolean enabled, Integer licencesBought,
            BigDecimal yearlyCost, AccessMode accessModeOverride, Integer expectedVersion) {
        if (licencesBought != null && (licencesBought < 0 || licencesBought > MAX_LICENCES)) {
            throw new InvalidInputException("licencesBought", "staff.validation.range", 0, MAX_LICENCES);
        }
        if (yearlyCost != null && (yearlyCost.signum() < 0 || yearlyCost.compareTo(MAX_YEARLY_COST) > 0)) {
            throw new InvalidInputException("yearlyCost", "staff.validation.range", 0, MAX_YEARLY_COST);
        }
        OfferLine current = line(branchCode, resourceCode);
        return save(branchCode, current, new OfferDefinition(branchCode, enabled, licencesBought, yearlyCost,
                accessModeOverride), expectedVersion);
    }

    private OfferLine save(String branchCode, OfferLine current, OfferDefinition wanted, Integer expectedVersion) {
        StaffUser user = access.requireManages(branchCode);
        OfferRecord record = dao.findForUpdate(branchCode, current.resourceCode()).orElse(null);
        Integer storedVersion = record == null ? null : record.getVersion();
        if (!Objects.equals(storedVersion, expectedVersion)) {
            throw new StaleEditException("offer", branchCode + "/" + current.resourceCode());
        }
        dao.saveByStaff(branchCode, current.resourceCode(), record, wanted, user.username(), LocalDateTime.now(clock));
        OfferLine after = line(branchCode, current.resourceCode());
        audit.record("OFFER_UPDATED", "offer", current.resourceCode(), branchCode,
                record == null ? null : current.definition(branchCode), after.definition(branchCode));
        events.publishEvent(new ConfigurationChanged("offer " + branchCode + "/" + current.resourceCode()));
        return after;
    }

    private OfferLine line(String branchCode, String resourceCode) {
        access.requireSees(branchCode);
        return dao.lines(branchCode, Language.FR).stream().filter(l -> l.resourceCode().equals(resourceCode))
                .findFirst().orElseThrow(() -> new InvalidInputException("resourceCode", "staff.offers.unknown-resource",
                        resourceCode));
    }
}
