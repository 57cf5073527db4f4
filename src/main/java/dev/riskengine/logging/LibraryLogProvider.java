package dev.riskengine.logging;

import org.apache.logging.log4j.spi.Provider;

/**
 * The log4j-api provider of the engine (registered in META-INF/services), so that POI's errors
 * reach {@link LibraryErrors} rather than stderr with a stack trace. Priority above the usual
 * bridges, in case one comes in through a dependency.
 */
public final class LibraryLogProvider extends Provider {
    private static final int PRIORITY = 100;

    public LibraryLogProvider() {
        super(PRIORITY, "2.6.0", LibraryLoggerContext.class);
    }
}
