package dev.riskengine.logging;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.Marker;
import org.apache.logging.log4j.message.Message;
import org.apache.logging.log4j.simple.SimpleLogger;
import org.apache.logging.log4j.util.PropertiesUtil;

/**
 * A library logger that hands warnings and errors to {@link LibraryErrors} instead of printing
 * them; lower levels are off. log4j-api's SimpleLogger supplies the level checks.
 */
final class LibraryLogger extends SimpleLogger {

    LibraryLogger(String name) {
        super(name, Level.WARN, false, false, false, false, null, null, PropertiesUtil.getProperties(), System.err);
    }

    @Override
    public void logMessage(String fqcn, Level level, Marker marker, Message message, Throwable thrown) {
        LibraryErrors.logged(level.isMoreSpecificThan(Level.ERROR), getName(),
                message == null ? "" : message.getFormattedMessage(), thrown);
    }
}
