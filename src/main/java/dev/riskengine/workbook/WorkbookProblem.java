package dev.riskengine.workbook;

import java.util.Objects;

/**
 * One thing wrong with an indicator workbook, said the way an analyst can act on it: where
 * ({@code address}, a cell such as {@code Indicators!E3}, a header row, a sheet, or empty when
 * the whole file is at fault), what was found there and what was expected instead.
 *
 * @param file     the workbook's file name (no folders: messages must not depend on where it lies)
 * @param address  the cell, row or sheet; empty when the problem is the file itself
 * @param found    what the workbook holds, already quoted where it is cell text
 * @param expected what would have been accepted
 */
public record WorkbookProblem(String file, String address, String found, String expected) {

    public WorkbookProblem {
        Objects.requireNonNull(file, "file");
        address = address == null ? "" : address;
        Objects.requireNonNull(found, "found");
        Objects.requireNonNull(expected, "expected");
    }

    /** One line, e.g. {@code indicators.xlsx: Indicators!E3: found "abc", expected a number}. */
    public String message() {
        String where = address.isEmpty() ? "" : address + ": ";
        return file + ": " + where + "found " + found + ", expected " + expected;
    }

    @Override
    public String toString() {
        return message();
    }
}
