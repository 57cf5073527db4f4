package dev.riskengine.uncertainty;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.riskengine.model.Country;
import dev.riskengine.rules.RuleBase;
import dev.riskengine.rules.ScoreSession;

/**
 * One session's units (a batch with its halo, or every unit of a small year) and their facts,
 * drawn draw after draw in one reused session; only the {@code assessed} units' scores are kept.
 * Running the draws batch by batch rather than draw by draw splits and hands over the units once
 * instead of once a draw: this JVM's cores and a Spark cluster's tasks both draw this way.
 */
public record DrawnBatch(List<Country> countries, DrawnFacts facts, List<String> assessed) implements Serializable {

    /** Draws {@code from} to {@code to} (exclusive) into the batch's own table, one column per draw. */
    public void draw(ScoreSession session, long seed, int from, int to, MonteCarlo.DrawTable table,
                     DrawProgress progress) {
        for (int draw = from; draw < to; draw++) {
            Map<String, ScoreSession.Score> scores = session.run(countries, facts.draw(seed, draw));
            for (int unit = 0; unit < assessed.size(); unit++) {
                table.put(unit, draw, scores.get(assessed.get(unit)));
            }
            progress.drawn();
        }
    }

    /** Every draw in one session, summarised per assessed unit (what a Spark task sends back). */
    public HashMap<String, UnitDraws> drawAll(RuleBase rules, int draws, long seed) {
        MonteCarlo.DrawTable table = newTable(draws);
        draw(new ScoreSession(rules, MonteCarlo.DURING), seed, 0, draws, table, DrawProgress.NONE);
        return summaries(table);
    }

    public MonteCarlo.DrawTable newTable(int draws) {
        return new MonteCarlo.DrawTable(assessed.size(), draws);
    }

    public HashMap<String, UnitDraws> summaries(MonteCarlo.DrawTable table) {
        HashMap<String, UnitDraws> summaries = new HashMap<>();
        for (int unit = 0; unit < assessed.size(); unit++) {
            summaries.put(assessed.get(unit), table.summary(unit));
        }
        return summaries;
    }
}
