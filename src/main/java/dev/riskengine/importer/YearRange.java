package dev.riskengine.importer;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The years an import fills, from {@code --years 2014-2016} or {@code --years 2016}. */
public record YearRange(int first, int last) {
    private static final Pattern RANGE = Pattern.compile("\\s*(\\d{4})\\s*(?:[-–]\\s*(\\d{4})\\s*)?");

    public static Optional<YearRange> parse(String text) {
        Matcher m = RANGE.matcher(text == null ? "" : text);
        if (!m.matches()) {
            return Optional.empty();
        }
        int first = Integer.parseInt(m.group(1));
        int last = m.group(2) == null ? first : Integer.parseInt(m.group(2));
        return first <= last ? Optional.of(new YearRange(first, last)) : Optional.empty();
    }

    public boolean contains(int year) {
        return year >= first && year <= last;
    }

    @Override
    public String toString() {
        return first == last ? Integer.toString(first) : first + "-" + last;
    }
}
