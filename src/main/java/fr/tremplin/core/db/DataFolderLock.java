package fr.tremplin.core.db;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tremplin's own lock on its data folder: {@code tremplin.lock}, locked by the running application and holding its
 * pid as text. The operating system drops the lock when the process dies, even by {@code kill -9}, so a lock that
 * cannot be taken always means a live application.
 */
final class DataFolderLock implements AutoCloseable {

    static final String FILE_NAME = "tremplin.lock";
    /**
     * Folders locked by this JVM. A second channel on the same file must never be opened and closed here: closing
     * any descriptor of a file drops the process's POSIX locks on it.
     */
    private static final Set<Path> HELD_HERE = ConcurrentHashMap.newKeySet();

    private final Path key;
    private final FileChannel channel;
    private final FileLock lock;

    private DataFolderLock(Path key, FileChannel channel, FileLock lock) {
        this.key = key;
        this.channel = channel;
        this.lock = lock;
    }

    /** Locks {@code folder} (which must exist) for this process, or says which process holds it. */
    static DataFolderLock acquire(Path folder) {
        long self = ProcessHandle.current().pid();
        Path key = realPath(folder);
        if (!HELD_HERE.add(key)) {
            throw inUse(folder, "process " + self);
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(folder.resolve(FILE_NAME), StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw inUse(folder, owner(channel));
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((self + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
            channel.force(false);
            return new DataFolderLock(key, channel, lock);
        } catch (IOException | RuntimeException e) {
            HELD_HERE.remove(key);
            closeQuietly(channel);
            if (e instanceof EmbeddedDbStartException start) {
                throw start;
            }
            throw new EmbeddedDbStartException("cannot lock data folder " + folder + ": " + e.getMessage(),
                    "Check that the folder is writable by the user running Tremplin, on a local disk.");
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // Closing the channel below releases it anyway.
        } finally {
            closeQuietly(channel);
            HELD_HERE.remove(key);
        }
    }

    /** "process N" from the pid the holder wrote; it may be a moment late to write it after taking the lock. */
    private static String owner(FileChannel channel) throws IOException {
        for (int attempt = 0; attempt < 10; attempt++) {
            ByteBuffer buffer = ByteBuffer.allocate(32);
            channel.read(buffer, 0);
            String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII).trim();
            if (text.matches("\\d+")) {
                return "process " + text;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return "another process";
    }

    private static Path realPath(Path folder) {
        try {
            return folder.toRealPath();
        } catch (IOException e) {
            return folder;
        }
    }

    private static EmbeddedDbStartException inUse(Path folder, String owner) {
        return new EmbeddedDbStartException("data folder " + folder + " is in use by " + owner,
                "Stop the other Tremplin first, or give this one a folder of its own with "
                        + "tremplin.embedded-db.directory.");
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException e) {
            // Nothing left to release.
        }
    }
}
