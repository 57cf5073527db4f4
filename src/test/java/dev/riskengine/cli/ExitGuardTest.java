package dev.riskengine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** Code other than the engine that calls System.exit can never make a run look successful. */
class ExitGuardTest {

    /** Stands for code behind the engine's back (a rule, a library) that ends the program with 0. */
    static final class ExitsBehindTheEnginesBack {
        public static void main(String[] args) {
            ExitGuard.install();
            System.exit(0);
        }
    }

    /** The engine's own exit keeps its status. */
    static final class EngineExits {
        public static void main(String[] args) {
            ExitGuard.install();
            ExitGuard.exit(Integer.parseInt(args[0]));
        }
    }

    private static Process java(Class<?> main, String... args) throws Exception {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String[] command = new String[4 + args.length];
        command[0] = javaBin;
        command[1] = "-cp";
        command[2] = System.getProperty("java.class.path");
        command[3] = main.getName();
        System.arraycopy(args, 0, command, 4, args.length);
        Process process = new ProcessBuilder(command).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return process;
    }

    @Test
    void systemExitZeroOutsideTheEngineEndsWithSeventyAndOneLine() throws Exception {
        Process process = java(ExitsBehindTheEnginesBack.class);

        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).isEqualTo(ExitCodes.INTERNAL_ERROR);
        assertThat(err.lines()).containsExactly("internal error (please report it): "
                + ExitsBehindTheEnginesBack.class.getName() + ".main tried to end the program;"
                + " the run stopped with exit 70, not the status it asked for");
    }

    @Test
    void theEnginesOwnExitKeepsItsStatus() throws Exception {
        assertThat(java(EngineExits.class, "0").exitValue()).isZero();
        assertThat(java(EngineExits.class, "2").exitValue()).isEqualTo(ExitCodes.RULES_FAILED);
    }
}
