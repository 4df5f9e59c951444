package fr.tremplin.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs the kiosk launcher's own tests ({@code src/test/kiosk-launcher}, Python's unittest) in the build: the
 * launcher ({@code src/main/kiosk-launcher/tremplin-kiosk}) is a Python script, not Java.
 */
class KioskLauncherTest {

    private static final String LAUNCHER_TESTS = "src/test/kiosk-launcher";
    private static final long TIMEOUT_SECONDS = 120;

    @Test
    void theKioskLauncherPassesItsPythonTests() throws IOException, InterruptedException {
        Path output = Files.createTempFile("kiosk-launcher-tests", ".txt");
        try {
            ProcessBuilder builder = new ProcessBuilder("python3", "-m", "unittest", "discover", "-s", LAUNCHER_TESTS)
                    .directory(new File(System.getProperty("user.dir")))
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            builder.environment().put("PYTHONDONTWRITEBYTECODE", "1"); // no __pycache__ in the source folders
            builder.environment().put("PYTHONIOENCODING", "utf-8");
            Process python = builder.start();
            boolean finished = python.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (!finished) {
                python.destroyForcibly().waitFor();
            }
            String report = new String(Files.readAllBytes(output), StandardCharsets.UTF_8);
            assertThat(finished).as("the launcher's tests did not finish within %d s:%n%s", TIMEOUT_SECONDS, report)
                    .isTrue();
            assertThat(python.exitValue()).as("the launcher's tests failed:%n%s", report).isZero();
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
