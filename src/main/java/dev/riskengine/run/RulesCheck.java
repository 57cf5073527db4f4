package dev.riskengine.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import dev.riskengine.model.IndicatorDefinition;
import dev.riskengine.model.IndicatorWorkbook;
import dev.riskengine.pipeline.Pipeline;
import dev.riskengine.report.Plural;
import dev.riskengine.rules.RuleBase;
import dev.riskengine.rules.RuleCompilationException;
import dev.riskengine.rules.RuleFile;
import dev.riskengine.rules.RuleLint;
import dev.riskengine.workbook.InvalidWorkbookException;

/**
 * {@code rules check}: compiles the rules (which refuses harmful rule files and locates every
 * error) and every one of their conditions, then lints them against each other and against the workbook's Dictionary. A missing or
 * invalid workbook only skips the Dictionary checks: this checks rules, {@code validate} checks workbooks.
 */
public final class RulesCheck {

    /** @param files the rule files compiled, relative to the rules folder */
    public record Result(List<String> files, int ruleCount, List<String> warnings) { }

    private final Pipeline pipeline;

    public RulesCheck() {
        this(new Pipeline());
    }

    /** @param pipeline where the compiled rules come from (the cache, or compiled afresh) */
    public RulesCheck(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    public Result check(Path rulesDir, Path workbook) throws RuleCompilationException {
        RuleBase rules = pipeline.checkedRules(rulesDir);
        List<String> warnings = new ArrayList<>();
        String workbookName = fileName(workbook);
        if (!Files.isRegularFile(workbook) && !Files.isDirectory(workbook)) { // a folder: the long-form tables
            warnings.add(workbookName + ": not found, so rules are not compared with its Dictionary");
            warnings.addAll(new RuleLint().warnings(rules, null, workbookName));
        } else {
            try {
                warnings.addAll(lint(rules, pipeline.read(workbook), workbook));
            } catch (InvalidWorkbookException e) {
                warnings.add(workbookName + ": " + Plural.of(e.problems().size(), "problem", "problems") + " (./risk validate lists them), "
                        + "so rules are not compared with its Dictionary");
                warnings.addAll(new RuleLint().warnings(rules, null, workbookName));
            }
        }
        return new Result(rules.files().stream().map(RuleFile::relativePath).toList(), rules.ruleCount(), warnings);
    }

    /**
     * The rules' warnings against a workbook read: also what {@code assess} prints, since a rule
     * matching a code the Dictionary lacks, or a value between two tiers of a table, gives scores
     * that look right and are not.
     */
    static List<String> lint(RuleBase rules, IndicatorWorkbook workbook, Path file) {
        Set<String> dictionary = workbook.dictionary().stream().map(IndicatorDefinition::code).collect(Collectors.toSet());
        return new RuleLint().warnings(rules, dictionary, fileName(file));
    }

    private static String fileName(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }
}
