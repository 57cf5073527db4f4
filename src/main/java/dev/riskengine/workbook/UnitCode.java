package dev.riskengine.workbook;

import java.util.regex.Pattern;

/**
 * The shape of a code in the Countries sheet: a country's ISO3 code, or a sub-national unit's:
 * its country's ISO3, a hyphen and up to ten letters or digits (MLI-06 for Mali's Kidal region,
 * XSG-000123 for a generated grid cell). Unit codes are not ISO codes, so they are only valid
 * where the Countries sheet lists them. Rule test cases accept the same codes.
 */
public final class UnitCode {
    public static final Pattern PATTERN = Pattern.compile("[A-Z]{3}(?:-[A-Z0-9]{1,10})?");
    public static final String EXPECTED = "a three-letter ISO3 code such as MAR, or a sub-national unit code such as MLI-06";

    private UnitCode() { }
}
