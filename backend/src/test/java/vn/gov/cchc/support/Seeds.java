package vn.gov.cchc.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

/**
 * The real plan documents in the shared seeds folder (../../shared/seeds, or CCHC_SEEDS_DIR). They
 * are not copied into the repository; tests that need them are skipped, saying why, when absent.
 */
public final class Seeds {

    private Seeds() {
    }

    public static Path dir() {
        String configured = System.getenv("CCHC_SEEDS_DIR");
        return Path.of(configured != null && !configured.isBlank() ? configured : "../../shared/seeds");
    }

    public static String read(String file) {
        Path path = dir().resolve(file);
        Assumptions.assumeTrue(Files.isRegularFile(path),
                "seed " + path.toAbsolutePath() + " is not there (set CCHC_SEEDS_DIR to the shared seeds folder)");
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void assumePresent() {
        Assumptions.assumeTrue(Files.isDirectory(dir()),
                "seeds folder " + dir().toAbsolutePath() + " is not there (set CCHC_SEEDS_DIR to the shared seeds folder)");
    }
}
