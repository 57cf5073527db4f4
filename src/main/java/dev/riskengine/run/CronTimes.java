package dev.riskengine.run;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinition;
import com.cronutils.model.definition.CronNicknames;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;

/**
 * The times a UNIX cron expression (minute hour day-of-month month day-of-week) or one of its
 * nicknames names, in one time zone. cron-utils' UNIX definition refuses every nickname, so this
 * one is the UNIX definition plus the nicknames that name times: {@code @yearly} ({@code @annually}),
 * {@code @monthly}, {@code @weekly}, {@code @daily} ({@code @midnight}) and {@code @hourly};
 * {@code @reboot} names no time and stays refused.
 */
public final class CronTimes {
    private final String expression;
    private final ZoneId zone;
    private final ExecutionTime executionTime;

    /** @throws IllegalArgumentException when the expression is not a valid UNIX cron expression */
    public CronTimes(String expression, ZoneId zone) {
        this.expression = expression;
        this.zone = zone;
        this.executionTime = ExecutionTime.forCron(new CronParser(UNIX_WITH_NICKNAMES).parse(expression).validate());
    }

    private static final CronDefinition UNIX_WITH_NICKNAMES = unixWithNicknames();

    private static CronDefinition unixWithNicknames() {
        CronDefinition unix = CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX);
        return new CronDefinition(new ArrayList<>(unix.getFieldDefinitions()), unix.getCronConstraints(),
                EnumSet.complementOf(EnumSet.of(CronNicknames.REBOOT)), unix.isMatchDayOfWeekAndDayOfMonth());
    }

    /** A time as the schedule's operator reads it: local time with its offset, e.g. 2026-01-05T06:00+01:00. */
    public static String local(ZonedDateTime time) {
        return time.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** The first time strictly after {@code after}, in this schedule's zone. */
    public ZonedDateTime next(ZonedDateTime after) {
        return executionTime.nextExecution(after.withZoneSameInstant(zone))
                .orElseThrow(() -> new IllegalStateException("\"" + expression + "\" names no time after " + after));
    }

    public ZoneId zone() {
        return zone;
    }

    @Override
    public String toString() {
        return "\"" + expression + "\" (" + zone + ")";
    }
}
