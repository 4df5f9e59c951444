package fr.tremplin.workshop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** CPU time used so far by this JVM and by the Chromium processes, for the workshop benchmark (Linux, /proc). */
final class MachineCpu {

    /** Clock ticks per second of /proc's figures (USER_HZ, 100 on Linux). */
    private static final long TICKS_PER_SECOND = 100;

    private MachineCpu() {
    }

    static long jvmMillis() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1_000_000;
    }

    /** User and system CPU of every Chromium process now running (browser, renderers, helpers). */
    static long chromiumMillis() {
        return millis(chromiumProcesses());
    }

    private static long millis(List<Path> processesToCount) {
        long ticks = 0;
        for (Path process : processesToCount) {
            try {
                String stat = Files.readString(process.resolve("stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            } catch (IOException gone) {
                // ended meanwhile
            }
        }
        return ticks * 1000 / TICKS_PER_SECOND;
    }

    /**
     * Puts every thread of every Chromium process under SCHED_IDLE: they run only when the server's threads (and the
     * database's) leave a CPU free, as if the kiosks drew on PCs of their own. (A plain renice changes a process's
     * main thread only, not its compositor and raster threads.)
     */
    static void chromiumLast() {
        List<String> command = new java.util.ArrayList<>(List.of("sh", "-c",
                "for p in \"$@\"; do chrt --all-tasks --idle --pid 0 \"$p\"; done", "chrt"));
        chromiumProcesses().forEach(p -> command.add(p.getFileName().toString()));
        try {
            new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start().waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static List<Path> chromiumProcesses() {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .filter(p -> !p.getFileName().toString().equals(Long.toString(ProcessHandle.current().pid())))
                    .filter(MachineCpu::isChromium).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isChromium(Path process) {
        try {
            return Files.readString(process.resolve("cmdline")).contains("chrom");
        } catch (IOException gone) {
            return false;
        }
    }
}
