package dev.riskengine.run;

import java.time.ZoneId;
import java.time.ZonedDateTime;

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;

/** The times a UNIX cron expression (minute hour day-of-month month day-of-week) names, in one time zone. */
public final class CronTimes {
    private final String expression;
    private final ZoneId zone;
    private final ExecutionTime executionTime;

    /** @throws IllegalArgumentException when the expression is not a valid UNIX cron expression */
    public CronTimes(String expression, ZoneId zone) {
        this.expression = expression;
        this.zone = zone;
        CronParser parser = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));
        this.executionTime = ExecutionTime.forCron(parser.parse(expression).validate());
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
