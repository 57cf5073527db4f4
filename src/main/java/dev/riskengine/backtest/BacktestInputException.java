package dev.riskengine.backtest;

/**
 * A backtest that cannot give honest numbers from its inputs (an outcome code the workbook does
 * not have, a lead past the last year, too few units): one located line, and no table.
 */
public final class BacktestInputException extends Exception {
    public BacktestInputException(String message) {
        super(message);
    }
}
