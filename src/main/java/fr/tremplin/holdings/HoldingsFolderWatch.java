package fr.tremplin.holdings;

import fr.tremplin.core.live.AppNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Imports the MARC files the library system drops into the watched folder. A file is taken once it has not changed
 * for a while (the export may still be writing it), claimed by moving it into "processing/&lt;node&gt;/" (on a folder
 * shared by several nodes only one move succeeds), imported, then moved to "done/" or "failed/" with the time of
 * import. A file claimed by a node that died before it was done (its import was rolled back with it) goes back to
 * the folder, to be imported by a living node.
 */
@Component
class HoldingsFolderWatch {

    static final Duration SETTLE = Duration.ofSeconds(20);
    static final String PROCESSING = "processing";
    private static final Set<String> EXTENSIONS = Set.of("mrc", "marc", "iso", "iso2709", "dat", "xml", "marcxml");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(java.time.ZoneOffset.UTC);
    private static final Logger log = LoggerFactory.getLogger(HoldingsFolderWatch.class);

    private final HoldingsProperties properties;
    private final HoldingsImportService imports;
    private final AppNode node;
    private final Clock clock;

    HoldingsFolderWatch(HoldingsProperties properties, HoldingsImportService imports, AppNode node, Clock clock,
            TaskScheduler scheduler) {
        this.properties = properties;
        this.imports = imports;
        this.node = node;
        this.clock = clock;
        if (properties.watchDirectory() != null) {
            log.info("Watching {} for MARC exports every {}", properties.watchDirectory(), properties.watchEvery());
            scheduler.scheduleWithFixedDelay(this::safePoll, properties.watchEvery());
        }
    }

    private void safePoll() {
        try {
            poll(properties.watchDirectory());
        } catch (RuntimeException e) {
            log.warn("The holdings folder {} could not be read: {}", properties.watchDirectory(), e.getMessage());
        }
    }

    /** Imports every settled file of the folder; returns the reports, oldest file first. */
    List<ImportReport> poll(Path folder) {
        reclaimFromDeadNodes(folder);
        Instant settledBefore = clock.instant().minus(SETTLE);
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> ready = files.filter(Files::isRegularFile).filter(HoldingsFolderWatch::isMarc)
                    .filter(file -> modified(file).isBefore(settledBefore))
                    .sorted((a, b) -> modified(a).compareTo(modified(b))).toList();
            return ready.stream().map(file -> claimAndImport(folder, file)).filter(r -> r != null).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ImportReport claimAndImport(Path folder, Path file) {
        String name = file.getFileName().toString();
        Path claimed = folder.resolve(PROCESSING).resolve(node.name()).resolve(name);
        try {
            Files.createDirectories(claimed.getParent());
            Files.move(file, claimed, StandardCopyOption.ATOMIC_MOVE);
        } catch (NoSuchFileException | FileAlreadyExistsException e) {
            return null;
        } catch (AtomicMoveNotSupportedException e) {
            log.warn("{} cannot be claimed atomically; leaving it", file);
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ImportReport report = imports.importFile(claimed, name,
                new ImportRequest(ImportSource.FOLDER, null, properties.fullExport(), null));
        Path target = folder.resolve(report.done() ? "done" : "failed")
                .resolve(STAMP.format(clock.instant()) + "-" + name);
        try {
            Files.createDirectories(target.getParent());
            Files.move(claimed, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            log.warn("{} was imported but could not be moved to {}: {}", claimed, target, e.getMessage());
        }
        return report;
    }

    /** Files in "processing/&lt;node&gt;/" of nodes taken for dead go back to the folder. */
    private void reclaimFromDeadNodes(Path folder) {
        Path processing = folder.resolve(PROCESSING);
        if (!Files.isDirectory(processing)) {
            return;
        }
        try (Stream<Path> claims = Files.list(processing)) {
            for (Path claim : claims.filter(Files::isDirectory).toList()) {
                Long claimer = nodeNumber(claim.getFileName().toString());
                if (claimer != null && !node.isAlive(claimer)) {
                    giveBack(claim, folder);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void giveBack(Path claim, Path folder) throws IOException {
        try (Stream<Path> files = Files.list(claim)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                try {
                    Files.move(file, folder.resolve(file.getFileName()), StandardCopyOption.ATOMIC_MOVE);
                    log.warn("{} was left half-imported by a node that stopped; it is imported again", file);
                } catch (FileAlreadyExistsException | NoSuchFileException e) {
                    log.debug("{} not given back: {}", file, e.toString());
                }
            }
        }
        try {
            Files.deleteIfExists(claim);
        } catch (java.nio.file.DirectoryNotEmptyException e) {
            log.debug("{} kept: {}", claim, e.toString());
        }
    }

    /** The number of the node named so (hexadecimal, as {@link AppNode#name()}), or null for another name. */
    private static Long nodeNumber(String name) {
        try {
            return name.length() == 12 ? Long.parseLong(name, 16) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean isMarc(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1));
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return Instant.MAX;
        }
    }
}
