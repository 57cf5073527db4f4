package dev.riskengine.workbook;

import dev.riskengine.logging.LibraryErrors;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Turns what POI logged as an error while a workbook was read into one problem. POI logs some
 * damage and carries on without the part: a {@code docProps/core.xml} holding a DOCTYPE is
 * dropped, a sheet listed under an impossible name is skipped. The values read may still be
 * right, but the file is not what Excel wrote and a part of it was not read: it is refused with
 * one line naming the part, where POI printed a stack trace and the run went on with exit 0.
 */
final class SkippedParts {
    /** A part of the package as POI names it, e.g. /docProps/core.xml or /xl/_rels/workbook.xml.rels. */
    private static final Pattern PART = Pattern.compile("/[\\w\\[\\]./-]+\\.(?:xml|rels|vml|bin)");
    /** The line and column POI's XML error handler puts first: ":1:65:". */
    private static final Pattern POSITION = Pattern.compile("^:\\d+:\\d+:\\s*");
    private static final int LONGEST_REASON = 160;

    private final ProblemCollector problems;

    SkippedParts(ProblemCollector problems) {
        this.problems = problems;
    }

    void report(LibraryErrors.Capture logged) {
        List<String> errors = logged.errors();
        if (errors.isEmpty()) {
            return;
        }
        String reason = POSITION.matcher(errors.get(0)).replaceFirst("");
        if (reason.length() > LONGEST_REASON) {
            reason = reason.substring(0, LONGEST_REASON - 3) + "...";
        }
        String part = partNamed(Stream.concat(errors.stream(), logged.warnings().stream()).toList())
                .map(name -> " " + name.substring(1)).orElse("");
        problems.add("", "a damaged part" + part + " that cannot be read (" + reason + ")", WorkbookOpener.EXPECTED);
    }

    private static Optional<String> partNamed(List<String> lines) {
        for (String line : lines) {
            Matcher part = PART.matcher(line);
            if (part.find()) {
                return Optional.of(part.group());
            }
        }
        return Optional.empty();
    }
}
