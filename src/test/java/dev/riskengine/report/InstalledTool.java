package dev.riskengine.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds a program the real-software tests drive (Chromium, its driver, LibreOffice). On CI
 * (environment CI=true) a missing program fails the test, since .ci/run installs them; on a
 * developer's machine the test is skipped with a message saying what to install.
 */
public final class InstalledTool {

    private InstalledTool() {
    }

    public static Path require(String what, String debianPackage, String... candidates) {
        return find(what, debianPackage, Files::isExecutable, candidates);
    }

    /** A file a program reads rather than runs, such as a font. */
    public static Path requireFile(String what, String debianPackage, String... candidates) {
        return find(what, debianPackage, Files::isReadable, candidates);
    }

    private static Path find(String what, String debianPackage, java.util.function.Predicate<Path> usable, String... candidates) {
        Optional<Path> found = Arrays.stream(candidates).map(Path::of).filter(usable).findFirst();
        String message = what + " not found at " + String.join(" or ", candidates) + "; install the Debian package "
                + debianPackage + " (apt-get install " + debianPackage + ")";
        if (found.isEmpty()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(message + ": CI must run this test (.ci/run installs it)");
            }
            Assumptions.abort(message + ": skipped outside CI");
        }
        return found.get();
    }
}
