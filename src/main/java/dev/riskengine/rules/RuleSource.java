package dev.riskengine.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/**
 * The DRL of one rule file: the file's own text, or for a decision table the DRL Drools generates
 * from it. Problems found at a line of that DRL are located in the file ({@code threat.drl:15})
 * or, for a table, at the cell the line came from ({@code threat.drl.xlsx: Threat!E14}).
 */
final class RuleSource {
    private static final Pattern DRL_PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;?");

    private final RuleFile file;
    private final String drl;
    private final DecisionTable table;
    private Optional<PackageDescr> parsed;

    private RuleSource(RuleFile file, String drl, DecisionTable table) {
        this.file = file;
        this.drl = drl;
        this.table = table;
    }

    static RuleSource read(RuleFile file) throws DecisionTableException {
        if (isDecisionTable(file)) {
            DecisionTable table = DecisionTable.read(file.path());
            return new RuleSource(file, table.drl(), table);
        }
        try {
            return new RuleSource(file, Files.readString(file.path(), StandardCharsets.UTF_8), null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.path(), e);
        }
    }

    /** A source read before: its DRL and, for a decision table, the table (compiled rules read back from the cache). */
    static RuleSource of(RuleFile file, String drl, DecisionTable table) {
        return new RuleSource(file, drl, table);
    }

    static boolean isDecisionTable(RuleFile file) {
        return !file.relativePath().toLowerCase(Locale.ROOT).endsWith(".drl");
    }

    RuleFile file() { return file; }
    String drl() { return drl; }
    Optional<DecisionTable> table() { return Optional.ofNullable(table); }

    /** The DRL package, e.g. {@code rules.defaults}; empty when the file declares none. */
    Optional<String> packageName() {
        Matcher m = DRL_PACKAGE.matcher(drl);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** Drools' parsed model of the DRL (imports, functions, rules with their patterns and consequences), or empty when it does not parse. */
    Optional<PackageDescr> parse() {
        DrlParser parser = new DrlParser();
        try {
            PackageDescr descr = parser.parse(false, drl);
            return parser.hasErrors() || descr == null ? Optional.empty() : Optional.of(descr);
        } catch (DroolsParserException e) {
            return Optional.empty();
        }
    }

    /**
     * Where an author finds what is declared at a line of this source's DRL: {@code exposure.drl:51},
     * or for a decision table the first cell of the rule's row, {@code threat.drl.xlsx: Threat!B30}.
     */
    String place(int line) {
        String name = file.relativePath();
        return table().flatMap(t -> t.ruleRowCell(line)).map(cell -> name + ": " + cell).orElse(name + ":" + line);
    }

    /**
     * The parsed model, parsed once and shared by the checks that only read it (a caller that
     * changes the model, such as the rule explainer, takes its own from {@link #parse()}).
     */
    synchronized Optional<PackageDescr> parsed() {
        if (parsed == null) {
            parsed = PARSED_BEFORE.get(drl);
            if (parsed == null) {
                parsed = parse();
                if (PARSED_BEFORE.size() >= REMEMBERED_MODELS) {
                    PARSED_BEFORE.clear();
                }
                PARSED_BEFORE.put(drl, parsed);
            }
        }
        return parsed;
    }

    /**
     * The read-only models parsed in this JVM, by their DRL: {@code watch} recompiles every rule
     * file on each save, and the same text parses to the same model, so the files that did not
     * change are not parsed again for the checks. Bounded, as tests compile many rule folders.
     */
    private static final Map<String, Optional<PackageDescr>> PARSED_BEFORE = new ConcurrentHashMap<>();
    private static final int REMEMBERED_MODELS = 64;

    /** A problem at a line of this source's DRL, located for its author. */
    RuleProblem problem(int line, String message) {
        if (table != null) {
            return table.problem(file.relativePath(), line, message);
        }
        return new RuleProblem(file.relativePath(), Math.max(0, line), message);
    }
}
