package dev.riskengine.logging;

import java.util.ArrayList;
import java.util.List;

/**
 * What the libraries (POI, XmlBeans) logged while this thread read a file. POI logs some damage
 * and carries on: a {@code docProps/core.xml} it cannot parse is dropped, a shared-string index
 * out of range reads as no text. A reader {@link #capture() captures} what is logged and turns it
 * into its own located problem; outside a capture an error is one line on stderr, never a stack
 * trace, and warnings are dropped (the engine reports what matters itself).
 */
public final class LibraryErrors {
    private static final ThreadLocal<Capture> ACTIVE = new ThreadLocal<>();

    private LibraryErrors() {
    }

    /** Starts collecting on this thread until the capture is closed; captures nest (see {@link Capture#passOn()}). */
    public static Capture capture() {
        Capture capture = new Capture(ACTIVE.get());
        ACTIVE.set(capture);
        return capture;
    }

    static void logged(boolean error, String logger, String message, Throwable thrown) {
        String line = oneLine(message, thrown);
        Capture capture = ACTIVE.get();
        if (capture != null) {
            (error ? capture.errors : capture.warnings).add(line);
        } else if (error) {
            System.err.println("warning: " + library(logger) + ": " + line);
        }
    }

    /** The message's first line, or the exception's when the message says nothing. */
    private static String oneLine(String message, Throwable thrown) {
        String text = message == null || message.isBlank() ? String.valueOf(thrown) : message;
        return text.lines().map(String::trim).filter(l -> !l.isEmpty()).findFirst().orElse("");
    }

    private static String library(String logger) {
        return logger.startsWith("org.apache.xmlbeans") ? "XmlBeans" : "Apache POI";
    }

    /** Errors and warnings logged on one thread while it was open. */
    public static final class Capture implements AutoCloseable {
        private final Capture outer;
        private final List<String> errors = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();

        private Capture(Capture outer) {
            this.outer = outer;
        }

        /** Errors logged so far, one line each, in order. */
        public List<String> errors() {
            return List.copyOf(errors);
        }

        /** Warnings logged so far; they often name the part an error was about. */
        public List<String> warnings() {
            return List.copyOf(warnings);
        }

        /**
         * Hands what was logged to the enclosing capture. Without it, closing forgets it: an
         * attempt that failed (and was reported otherwise) leaves nothing behind.
         */
        public void passOn() {
            if (outer != null) {
                outer.errors.addAll(errors);
                outer.warnings.addAll(warnings);
            }
        }

        @Override
        public void close() {
            if (outer == null) {
                ACTIVE.remove();
            } else {
                ACTIVE.set(outer);
            }
        }
    }
}
