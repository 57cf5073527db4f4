package dev.riskengine.template;

import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;

/**
 * Turns a column's {@link TemplateColumn.CellCheck} into a data validation on its data rows, with
 * a message that says what is expected. A blank cell is always allowed: it is missing data.
 */
final class CellChecks {
    /** Data rows that get the checks: far more than any country list needs. */
    static final int LAST_ROW = 5000;

    private CellChecks() { }

    static void apply(Sheet sheet, int column, TemplateColumn templateColumn) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        String cell = new CellReference(1, column, false, false).formatAsString();
        DataValidationConstraint constraint;
        String expected;
        TemplateColumn.CellCheck check = templateColumn.check();
        if (check instanceof TemplateColumn.Code) {
            constraint = helper.createTextLengthConstraint(OperatorType.EQUAL, "3", null);
            expected = "a three-letter ISO 3166 code such as MLI";
        } else if (check instanceof TemplateColumn.WholeNumber whole) {
            constraint = helper.createIntegerConstraint(OperatorType.BETWEEN, String.valueOf(whole.min()),
                    String.valueOf(whole.max()));
            expected = "a whole number from " + whole.min() + " to " + whole.max();
        } else if (check instanceof TemplateColumn.Number number) {
            constraint = number.max() == null
                    ? helper.createDecimalConstraint(OperatorType.GREATER_OR_EQUAL, plain(number.min()), null)
                    : helper.createDecimalConstraint(OperatorType.BETWEEN, plain(number.min()), plain(number.max()));
            expected = number.max() == null ? "a number of at least " + plain(number.min())
                    : "a number from " + plain(number.min()) + " to " + plain(number.max());
        } else if (check instanceof TemplateColumn.IndicatorValue value) {
            // Text is let through: a range such as 6000-7000 is text, and `risk validate` checks it.
            constraint = helper.createCustomConstraint("OR(ISTEXT(" + cell + "),AND(" + cell + ">=" + plain(value.min())
                    + "," + cell + "<=" + plain(value.max()) + "))");
            expected = "a number from " + plain(value.min()) + " to " + plain(value.max())
                    + " (the Dictionary's Min and Max of " + value.code() + "), or a range such as 6000-7000";
        } else {
            return;
        }
        DataValidation validation = helper.createValidation(constraint,
                new CellRangeAddressList(1, LAST_ROW, column, column));
        validation.setEmptyCellAllowed(true);
        validation.setShowErrorBox(true);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.createErrorBox(templateColumn.header(), "Expected " + expected + ".");
        validation.setShowPromptBox(false);
        sheet.addValidationData(validation);
    }

    static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
