package dev.riskengine.cli;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * Only the engine chooses the exit status. Rules cannot reach {@code System.exit} (their code is
 * checked before it runs), but should any code in the process call it anyway, a scheduled run must
 * not be recorded as a success: a shutdown hook sees the exit was not the engine's and ends the
 * program with exit 70 and one line naming the caller instead. A signal (Ctrl-C, SIGTERM) does not
 * call {@code Runtime.exit}, so it keeps its own status.
 */
final class ExitGuard {
    private static volatile boolean engineExiting;

    private ExitGuard() { }

    static void install() {
        Runtime.getRuntime().addShutdownHook(new Thread(ExitGuard::refuseUnrequestedExit, "exit-guard"));
    }

    /** The engine's own way out: the status the command decided. */
    static void exit(int status) {
        engineExiting = true;
        System.exit(status);
    }

    private static void refuseUnrequestedExit() {
        if (engineExiting) {
            return;
        }
        unrequestedExitCaller(Thread.getAllStackTraces()).ifPresent(caller -> {
            System.err.println("internal error (please report it): " + caller + " tried to end the program;"
                    + " the run stopped with exit " + ExitCodes.INTERNAL_ERROR + ", not the status it asked for");
            System.err.flush();
            Runtime.getRuntime().halt(ExitCodes.INTERNAL_ERROR);
        });
    }

    /** The code that called Runtime.exit (through System.exit or not), if a thread is exiting that way. */
    static Optional<String> unrequestedExitCaller(Map<Thread, StackTraceElement[]> stacks) {
        for (StackTraceElement[] stack : stacks.values()) {
            for (int i = 0; i < stack.length; i++) {
                if (stack[i].getClassName().equals("java.lang.Runtime") && stack[i].getMethodName().equals("exit")) {
                    return Optional.of(Arrays.stream(stack, i + 1, stack.length)
                            .filter(frame -> !frame.getClassName().equals("java.lang.System"))
                            .findFirst()
                            .map(frame -> frame.getClassName() + "." + frame.getMethodName())
                            .orElse("something"));
                }
            }
        }
        return Optional.empty();
    }
}
