package fr.tremplin.workshop;

import fr.tremplin.catalogue.CatalogueService;
import fr.tremplin.catalogue.NeedTile;
import fr.tremplin.core.audit.AuditLog;
import fr.tremplin.core.domain.AccessMode;
import fr.tremplin.core.domain.SessionKeys;
import fr.tremplin.core.i18n.Language;
import fr.tremplin.core.domain.InvalidInputException;
import fr.tremplin.core.live.LiveSignals;
import fr.tremplin.core.live.LiveTopics;
import fr.tremplin.core.security.StaffAccess;
import fr.tremplin.core.security.StaffUser;
import fr.tremplin.credential.CredentialIssuance;
import fr.tremplin.credential.CredentialPools;
import fr.tremplin.credential.HandedCredential;
import fr.tremplin.credential.IssuedCredential;
import fr.tremplin.workshop.WorkshopStatus.Command;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.TreeMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The librarian's side of workshops: plan, open (a join code), lead, release, lock, hand out credentials, close.
 * Every command locks the workshop's row, checks the command is allowed in its state ({@link Command}), writes the
 * new state and, once committed, signals the workshop's topic: kiosks and co-leading librarians on every node read
 * it again. Nothing of a workshop lives only in a node's memory.
 */
@Service
public class Workshops {

    private final WorkshopDao workshops;
    private final SeatDao seats;
    private final StaffAccess access;
    private final AuditLog audit;
    private final LiveSignals signals;
    private final CredentialIssuance credentials;
    private final Clock clock;
    private final CatalogueService catalogue;
    private final CredentialPools pools;

    Workshops(WorkshopDao workshops, SeatDao seats, StaffAccess access, AuditLog audit, LiveSignals signals,
            CredentialIssuance credentials, Clock clock, CatalogueService catalogue, CredentialPools pools) {
        this.catalogue = catalogue;
        this.pools = pools;
        this.workshops = workshops;
        this.seats = seats;
        this.access = access;
        this.audit = audit;
        this.signals = signals;
        this.credentials = credentials;
        this.clock = clock;
    }

    /** The topic kiosks of a workshop watch (its state changed). */
    public static String topic(long workshopId) {
        return LiveTopics.workshop(workshopId);
    }

    /** The topic librarians' screens of a workshop watch (its seats changed). */
    public static String seatsTopic(long workshopId) {
        return "workshop-seats:" + workshopId;
    }

    /** The needs, resources, languages and partners a workshop of the branch may have. */
    @Transactional(readOnly = true)
    public WorkshopChoices choices(String branchCode) {
        access.requireSees(branchCode);
        List<NeedTile> needs = catalogue.offeredNeeds(branchCode, Language.FR);
        Map<String, String> resources = new TreeMap<>();
        for (NeedTile need : needs) {
            catalogue.offeredResources(branchCode, need.code(), Language.FR)
                    .forEach(r -> resources.put(r.code(), r.text().title()));
        }
        List<WorkshopChoices.Choice> offered = resources.entrySet().stream()
                .map(e -> new WorkshopChoices.Choice(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(WorkshopChoices.Choice::name, String.CASE_INSENSITIVE_ORDER)).toList();
        List<WorkshopChoices.Choice> pooled = pools.stock(branchCode).stream()
                .filter(p -> p.accessMode() == AccessMode.POOL_CODE)
                .map(p -> new WorkshopChoices.Choice(p.resourceCode(), p.resourceTitle())).toList();
        return new WorkshopChoices(needs, offered, pooled, workshops.languages(branchCode),
                workshops.partners(branchCode));
    }

    @Transactional
    public long plan(WorkshopPlan plan) {
        StaffUser user = access.requireSees(plan.branchCode());
        WorkshopDao.PlanIds ids = check(plan);
        long id = workshops.insert(plan, ids, resourceIds(plan), user.id());
        audit.record("WORKSHOP_PLANNED", "workshop", String.valueOf(id), plan.branchCode(), null, state(plan));
        signals.publishAfterCommit(LiveTopics.desk(plan.branchCode()));
        return id;
    }

    @Transactional
    public void edit(long id, WorkshopPlan plan) {
        String branch = branchOf(id);
        access.requireSees(branch);
        if (!branch.equals(plan.branchCode())) {
            throw new InvalidInputException("branch", "staff.workshop.error.branch");
        }
        command(id, Command.EDIT);
        workshops.update(id, plan, check(plan), resourceIds(plan));
        audit.record("WORKSHOP_EDITED", "workshop", String.valueOf(id), branch, null, state(plan));
        changed(id, branch);
    }

    /** The branch's workshops from {@code from} (on the branch's clock) on, soonest first. */
    @Transactional(readOnly = true)
    public List<Workshop> list(String branchCode, LocalDateTime from, LocalDateTime to, ZoneId zone) {
        access.requireSees(branchCode);
        return workshops.between(branchCode, WorkshopDao.utc(from, zone), WorkshopDao.utc(to, zone));
    }

    @Transactional(readOnly = true)
    public Optional<Workshop> find(long id) {
        Optional<Workshop> workshop = workshops.find(id);
        workshop.ifPresent(w -> access.requireSees(w.branchCode()));
        return workshop;
    }

    @Transactional(readOnly = true)
    public List<Seat> seats(long id) {
        access.requireSees(branchOf(id));
        return seats.seats(id);
    }

    /** Opens the workshop to the kiosks: returns its join code. */
    @Transactional
    public String open(long id) {
        Locked locked = command(id, Command.OPEN);
        String branch = locked.branch();
        LocalDateTime now = LocalDateTime.now(clock);
        for (int attempt = 0; attempt < 20; attempt++) {
            String code = JoinCodes.next();
            if (workshops.open(id, locked.next(), code, now)) {
                audit.record("WORKSHOP_OPENED", "workshop", String.valueOf(id), branch, null, Map.of());
                changed(id, branch);
                return code;
            }
        }
        throw new IllegalStateException("No free join code after 20 tries");
    }

    /** "Follow me": every joined kiosk shows the target. */
    @Transactional
    public void lead(long id, LeadTarget target) {
        Locked locked = command(id, Command.LEAD);
        if (target.screen() == LeadTarget.Screen.RESOURCE
                && catalogue.offeredResource(locked.branch(), target.resourceCode(), Language.FR).isEmpty()) {
            throw new InvalidInputException("target", "staff.workshop.error.target");
        }
        workshops.lead(id, locked.next(), target);
        changed(id, locked.branch());
    }

    /** Kiosks browse freely again. */
    @Transactional
    public void release(long id) {
        Locked locked = command(id, Command.RELEASE);
        workshops.release(id, locked.next());
        changed(id, locked.branch());
    }

    /** Locks (or unlocks) the kiosks' screens while the librarian explains. */
    @Transactional
    public void lockScreens(long id, boolean locked) {
        Locked command = command(id, Command.LOCK);
        workshops.lockScreens(id, command.next(), locked);
        changed(id, command.branch());
    }

    /**
     * Hands one credential of the resource's pool to every seat present at once; each kiosk shows its own. Each
     * hand-out is a new one (a second click gives every seat another credential). Read committed, like any issuance (see
     * {@link CredentialIssuance#take}).
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public HandOut handOut(long id, String resourceCode) {
        Locked locked = command(id, Command.HAND_OUT);
        String branch = locked.branch();
        Long resourceId = workshops.resourceId(resourceCode);
        if (resourceId == null) {
            throw new InvalidInputException("resource", "staff.workshop.error.target");
        }
        int served = 0;
        int missed = 0;
        for (SeatDao.Present seat : seats.present(id)) {
            Optional<HandedCredential> handed = credentials.handOut(branch, resourceCode,
                    SessionKeys.uuid(seat.sessionId()));
            if (handed.isPresent()) {
                seats.credential(seat.seatId(), handed.get().credentialId());
                served++;
            } else {
                missed++;
            }
        }
        workshops.handedOut(id, locked.next(), resourceId);
        audit.record("WORKSHOP_CREDENTIALS_HANDED_OUT", "workshop", String.valueOf(id), branch, null,
                Map.of("resource", resourceCode, "seats", served, "without", missed));
        changed(id, branch);
        signals.publishAfterCommit(seatsTopic(id));
        signals.publishAfterCommit(LiveTopics.desk(branch));
        return new HandOut(resourceCode, served, missed);
    }

    /** The credentials the seats hold (latest hand-out), for the librarian's sheet of slips. */
    @Transactional(readOnly = true)
    public List<SeatCredential> slips(long id) {
        Workshop workshop = find(id).orElseThrow();
        if (workshop.handOutResource() == null) {
            return List.of();
        }
        List<SeatCredential> slips = new ArrayList<>();
        for (SeatDao.Handed handed : seats.handed(id)) {
            Optional<IssuedCredential> credential = credentials.reopen(workshop.branchCode(),
                    workshop.handOutResource(), handed.credentialId());
            credential.ifPresent(c -> slips.add(new SeatCredential(handed.number(), c)));
        }
        audit.record("WORKSHOP_SLIPS_SHOWN", "workshop", String.valueOf(id), workshop.branchCode(), null,
                Map.of("slips", slips.size()));
        return slips;
    }

    /** Closes the workshop: the kiosks go back to the start; credentials stay with the patrons. */
    @Transactional
    public void close(long id) {
        Locked locked = command(id, Command.CLOSE);
        String branch = locked.branch();
        workshops.close(id, locked.next(), LocalDateTime.now(clock));
        audit.record("WORKSHOP_CLOSED", "workshop", String.valueOf(id), branch, null, Map.of());
        changed(id, branch);
        signals.publishAfterCommit(seatsTopic(id));
    }

    /** A workshop whose row this transaction holds: its branch, and its state once the command is done. */
    private record Locked(String branch, WorkshopStatus next) {
    }

    /** Locks the row, checks the user and that the command is allowed now. */
    private Locked command(long id, Command command) {
        String branch = branchOf(id);
        access.requireSees(branch);
        WorkshopStatus status = workshops.lock(id).orElseThrow();
        if (!command.allowedIn(status)) {
            throw new InvalidInputException("workshop", "staff.workshop.error.state",
                    command.name(), status.name());
        }
        return new Locked(branch, command.after(status));
    }

    private void changed(long id, String branch) {
        signals.publishAfterCommit(topic(id));
        signals.publishAfterCommit(LiveTopics.desk(branch));
    }

    private String branchOf(long id) {
        return workshops.branchOf(id).orElseThrow(() -> new InvalidInputException("workshop",
                "staff.workshop.error.unknown"));
    }

    private WorkshopDao.PlanIds check(WorkshopPlan plan) {
        if (plan.title() == null || plan.title().isBlank()) {
            throw new InvalidInputException("title", "staff.workshop.error.title");
        }
        if (plan.title().length() > WorkshopPlan.TITLE_MAX) {
            throw new InvalidInputException("title", "staff.workshop.error.title-long", WorkshopPlan.TITLE_MAX);
        }
        if (plan.seats() < 1 || plan.seats() > WorkshopPlan.SEATS_MAX) {
            throw new InvalidInputException("seats", "staff.workshop.error.seats", WorkshopPlan.SEATS_MAX);
        }
        if (plan.startsAt() == null) {
            throw new InvalidInputException("startsAt", "staff.workshop.error.starts");
        }
        if (plan.language() == null) {
            throw new InvalidInputException("language", "staff.workshop.error.language");
        }
        WorkshopDao.PlanIds ids = workshops.ids(plan);
        if (ids.branchId() == null) {
            throw new InvalidInputException("branch", "staff.workshop.error.branch");
        }
        if (plan.needCode() != null && ids.needId() == null) {
            throw new InvalidInputException("need", "staff.workshop.error.need");
        }
        if (plan.partnerCode() != null && ids.partnerId() == null) {
            throw new InvalidInputException("partner", "staff.workshop.error.partner");
        }
        return ids;
    }

    private List<Long> resourceIds(WorkshopPlan plan) {
        List<Long> ids = workshops.resourceIds(plan.resourceCodes());
        for (int i = 0; i < ids.size(); i++) {
            if (ids.get(i) == null) {
                throw new InvalidInputException("resources", "staff.workshop.error.resource",
                        plan.resourceCodes().get(i));
            }
        }
        return ids;
    }

    private static Map<String, Object> state(WorkshopPlan plan) {
        return Map.of("title", plan.title(), "startsAt", plan.startsAt().toString(), "seats", plan.seats(),
                "language", plan.language().code(), "resources", plan.resourceCodes());
    }

    /** What a hand-out did: seats served, seats left without (the pool ran out). */
    public record HandOut(String resourceCode, int served, int missed) {
    }

    /** One slip of the librarian's sheet. */
    public record SeatCredential(int seatNumber, IssuedCredential credential) {
    }
}
