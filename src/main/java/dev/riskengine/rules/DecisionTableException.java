package dev.riskengine.rules;

/** A decision table that Drools cannot turn into rules at all (not a workbook, a keyword without its code). */
final class DecisionTableException extends Exception {
    DecisionTableException(String message, Throwable cause) {
        super(message, cause);
    }
}
