package dev.riskengine.workbook;

/**
 * One valid row of the Borders sheet, before pairing. {@code neighbourAssessed} is false for a
 * neighbour outside the Countries sheet: it gets no border fact of its own.
 */
record BorderRow(String iso3, String neighbour, double lengthKm, CellLocation iso3Cell, CellLocation lengthCell,
                 boolean neighbourAssessed) {
}
