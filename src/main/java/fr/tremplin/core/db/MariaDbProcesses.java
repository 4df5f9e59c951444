package fr.tremplin.core.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds and stops the {@code mariadbd} serving one data folder, from the pid files in that folder, trusting a pid
 * only when {@code /proc/<pid>/cmdline} names this very folder: a pid file may be stale and its number reused by an
 * unrelated process, which is never touched.
 */
final class MariaDbProcesses {

    private static final Logger log = LoggerFactory.getLogger(MariaDbProcesses.class);
    private static final Duration POLL = Duration.ofMillis(100);

    private MariaDbProcesses() {
    }

    /**
     * Stops the {@code mariadbd} a killed application left running on this folder (it holds the data files), unless
     * a live Java process still owns it: then the folder is in use.
     */
    static void stopOrphan(ServerFolder folder, Duration grace) {
        serving(folder.dataDir()).ifPresent(orphan -> {
            javaParent(orphan).ifPresent(parent -> {
                throw new EmbeddedDbStartException("data folder " + folder.root() + " is in use by process "
                        + parent.pid(), "Stop that application first: it runs the database of this folder.");
            });
            log.warn("Stopping MariaDB process {} left running on {} by an application that did not stop cleanly",
                    orphan.pid(), folder.dataDir());
            if (!stop(orphan, grace)) {
                throw EmbeddedMariaDb.failure("MariaDB process " + orphan.pid() + " left running on "
                        + folder.dataDir() + " does not stop");
            }
        });
    }

    /** The live {@code mariadbd} whose {@code --datadir} is {@code dataDir}, if any. */
    static Optional<ProcessHandle> serving(Path dataDir) {
        if (!Files.isDirectory(dataDir)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(dataDir)) {
            String datadirArgument = "--datadir=" + dataDir.toRealPath();
            return files.filter(f -> f.getFileName().toString().endsWith(".pid"))
                    .map(MariaDbProcesses::readPid).flatMap(Optional::stream)
                    .filter(pid -> isMariaDbOf(commandLine(pid), datadirArgument))
                    .flatMap(pid -> ProcessHandle.of(pid).stream())
                    .filter(MariaDbProcesses::isAlive)
                    .findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static boolean isMariaDbOf(List<String> commandLine, String datadirArgument) {
        return !commandLine.isEmpty() && commandLine.getFirst().matches(".*/(mariadbd|mysqld)")
                && commandLine.contains(datadirArgument);
    }

    /**
     * The Java process that started {@code mariadbd}, if it still runs: then it is no orphan but the database of a
     * live application (an older Tremplin takes no folder lock). Process 1 adopts orphans, even where it is a JVM.
     */
    static Optional<ProcessHandle> javaParent(ProcessHandle mariadbd) {
        return mariadbd.parent().filter(parent -> parent.pid() != 1).filter(MariaDbProcesses::isAlive)
                .filter(parent -> parent.info().command().filter(c -> c.endsWith("/java")).isPresent());
    }

    /** Alive and not a zombie (a dead child its parent has not reaped yet). */
    static boolean isAlive(ProcessHandle process) {
        return process.isAlive() && state(process.pid()) != 'Z';
    }

    /** Stopped by SIGSTOP (or a debugger): alive, but answers nothing. */
    static boolean isFrozen(ProcessHandle process) {
        char state = state(process.pid());
        return state == 'T' || state == 't';
    }

    /** SIGTERM, so MariaDB shuts down cleanly; SIGKILL if it has not ended after {@code grace}. */
    static boolean stop(ProcessHandle process, Duration grace) {
        process.destroy();
        if (waitForExit(process, grace)) {
            return true;
        }
        process.destroyForcibly();
        return waitForExit(process, Duration.ofSeconds(10));
    }

    static boolean waitForExit(ProcessHandle process, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (isAlive(process)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(POLL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return !isAlive(process);
            }
        }
        return true;
    }

    /** The process's arguments as the kernel holds them; empty when it is gone (or a zombie). */
    static List<String> commandLine(long pid) {
        try {
            String raw = new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline")),
                    StandardCharsets.UTF_8);
            return raw.isEmpty() ? List.of() : Arrays.asList(raw.split("\0"));
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The one-letter state of {@code /proc/<pid>/stat} (R, S, D, T, Z…), or Z when the process is gone. */
    private static char state(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // The command name in parentheses may itself hold spaces or parentheses: the state follows the last ')'.
            return stat.charAt(stat.lastIndexOf(')') + 2);
        } catch (IOException | RuntimeException e) {
            return 'Z';
        }
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            String text = Files.readString(pidFile).trim();
            return text.matches("\\d{1,10}") ? Optional.of(Long.parseLong(text)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
