package fr.tremplin.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The demo kiosk-config of the repository, and copies of it that a test may edit. */
public final class DemoConfig {

    public static final Path DIRECTORY = Path.of("kiosk-config");

    private DemoConfig() {
    }

    public static Path copyTo(Path target) {
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the first occurrence of {@code from} in a copied file, failing if it is not there. */
    public static void edit(Path directory, String file, String from, String to) {
        try {
            Path path = directory.resolve(file);
            String text = Files.readString(path);
            int at = text.indexOf(from);
            if (at < 0) {
                throw new IllegalArgumentException(file + " does not contain: " + from);
            }
            Files.writeString(path, text.substring(0, at) + to + text.substring(at + from.length()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
