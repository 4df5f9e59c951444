package fr.tremplin.holdings.availability;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fr.tremplin.holdings.ShelfItem;
import fr.tremplin.holdings.availability.RecordAvailability.Count;
import fr.tremplin.holdings.availability.RecordAvailability.Source;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Live "available / on loan" for the copies a screen shows, from the branch's library system where it has one
 * (issue 14). Answers are kept {@link #FRESH_FOR} per branch and record; when the library system is not configured,
 * slow, failing or unreadable, the exported statuses are returned, never an exception.
 */
@Service
public class LiveAvailability {

    static final Duration TIMEOUT = Duration.ofSeconds(2);
    static final Duration FRESH_FOR = Duration.ofSeconds(60);
    static final Duration REST_AFTER_FAILURE = Duration.ofSeconds(30);
    private static final int MAX_ANSWERS = 20_000;

    private final Function<String, Optional<AvailabilitySettings>> settings;
    private final Function<AvailabilitySettings, AvailabilitySource> sources;
    private final Clock clock;
    private final LibrarySystemHealth health;
    private final Cache<String, Optional<AvailabilitySettings>> settingsByBranch;
    private final Cache<RecordKey, LiveRecord> answers;

    @Autowired
    LiveAvailability(BranchAvailabilityDao dao, Clock clock) {
        this(dao::find, sources(new LibrarySystemHttp(TIMEOUT)), clock);
    }

    LiveAvailability(Function<String, Optional<AvailabilitySettings>> settings,
            Function<AvailabilitySettings, AvailabilitySource> sources, Clock clock) {
        this.settings = settings;
        this.sources = sources;
        this.clock = clock;
        this.health = new LibrarySystemHealth(clock, REST_AFTER_FAILURE);
        this.settingsByBranch = Caffeine.newBuilder().expireAfterWrite(FRESH_FOR).ticker(this::nanos).build();
        this.answers = Caffeine.newBuilder().maximumSize(MAX_ANSWERS).expireAfterWrite(FRESH_FOR)
                .ticker(this::nanos).build();
    }

    static Function<AvailabilitySettings, AvailabilitySource> sources(LibrarySystemHttp http) {
        return s -> switch (s.kind()) {
            case KOHA_REST -> new KohaRestAvailability(s.baseUrl(), http);
            case ILS_DI -> new IlsDiAvailability(s.baseUrl(), http);
        };
    }

    /**
     * The availability of each item's copies in the branch, by record id, in the items' order. {@code items} carry
     * the copies of the last export: they are what is returned when the library system cannot say better.
     */
    public Map<String, RecordAvailability> forItems(String branchCode, Collection<ShelfItem> items) {
        Optional<AvailabilitySettings> branchSettings = items.isEmpty() ? Optional.empty()
                : settingsByBranch.get(branchCode, settings);
        if (branchSettings.isPresent() && !health.resting(branchCode)) {
            ask(branchCode, branchSettings.get(), items);
        }
        Map<String, RecordAvailability> availability = new LinkedHashMap<>();
        for (ShelfItem item : items) {
            LiveRecord live = branchSettings.isEmpty() ? null
                    : answers.getIfPresent(new RecordKey(branchCode, item.recordId()));
            availability.put(item.recordId(), live == null || live.copies() == null
                    ? RecordAvailability.fromExport(item.recordId(), item.copies()) : merge(item, live));
        }
        return availability;
    }

    /** Forgets the branches' settings and answers read so far: kiosk-config changed where a branch asks live. */
    public void settingsChanged() {
        settingsByBranch.invalidateAll();
        answers.invalidateAll();
    }

    /** Asks the library system for the records not answered lately; a failure is logged and rests the branch. */
    private void ask(String branchCode, AvailabilitySettings branchSettings, Collection<ShelfItem> items) {
        List<String> missing = items.stream().map(ShelfItem::recordId).distinct()
                .filter(id -> answers.getIfPresent(new RecordKey(branchCode, id)) == null).toList();
        if (missing.isEmpty()) {
            return;
        }
        try {
            Map<String, List<LiveCopy>> copies = sources.apply(branchSettings).copiesOf(missing);
            Instant now = clock.instant();
            missing.forEach(id -> answers.put(new RecordKey(branchCode, id), new LiveRecord(copies.get(id), now)));
            health.answered(branchCode);
        } catch (LibrarySystemException e) {
            health.failed(branchCode, e.getMessage());
        } catch (RuntimeException e) {
            health.failed(branchCode, "unexpected " + e.getClass().getSimpleName());
        }
    }

    private static RecordAvailability merge(ShelfItem item, LiveRecord live) {
        CopyMatcher.Matched matched = CopyMatcher.match(item.copies(), live.copies());
        int total = matched.copies().size();
        Source source = matched.live() == 0 ? Source.EXPORT
                : matched.live() == total ? Source.LIVE : Source.PARTLY_LIVE;
        int available = (int) live.copies().stream().filter(copy -> copy.status().onTheShelf()).count();
        return new RecordAvailability(item.recordId(), matched.copies(), source, live.asOf(),
                new Count(available, live.copies().size()));
    }

    private long nanos() {
        return TimeUnit.MILLISECONDS.toNanos(clock.millis());
    }

    private record RecordKey(String branchCode, String recordId) {
    }

    /** The library system's copies of a record; null copies when it does not know the record. */
    private record LiveRecord(List<LiveCopy> copies, Instant asOf) {
    }
}
