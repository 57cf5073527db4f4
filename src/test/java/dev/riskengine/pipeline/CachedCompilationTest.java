package dev.riskengine.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.riskengine.model.CountryAssessment;
import dev.riskengine.rules.RuleBase;
import dev.riskengine.rules.RuleCompilationException;
import dev.riskengine.rules.RulesFolder;
import dev.riskengine.uncertainty.DrawProgress;

/**
 * The compiled-rules cache: unchanged rules are read back, not compiled; whatever it holds, the
 * rules are those the files compile to now (an edit, a damaged entry, rules that do not compile).
 */
class CachedCompilationTest {
    private static final Path SAMPLE = Path.of("inputs/indicators.xlsx");

    @TempDir
    Path temp;

    /** The compiler, counting how often it is asked. */
    private static final class CountingCompiler implements RuleBaseSource {
        final AtomicInteger compilations = new AtomicInteger();

        @Override
        public RuleBase rules(Path rulesDir) throws RuleCompilationException {
            compilations.incrementAndGet();
            return new CompileEachTime().rules(rulesDir);
        }
    }

    private final CountingCompiler compiler = new CountingCompiler();
    private final List<String> warnings = Collections.synchronizedList(new ArrayList<>());

    private CachedCompilation cache() {
        return new CachedCompilation(new RuleCacheFolder(temp.resolve("cache")), compiler, warnings::add);
    }

    @Test
    void unchangedRulesAreReadFromTheCacheAndAssessAsCompiledRulesDo() throws Exception {
        RulesFolder rules = RulesFolder.copyOfShipped(temp);

        RuleBase compiled = cache().rules(rules.dir());
        RuleBase cached = cache().rules(rules.dir());

        assertThat(compiler.compilations).hasValue(1);
        assertThat(cached).isNotSameAs(compiled);
        assertThat(cached.rulesWithFiles()).isEqualTo(compiled.rulesWithFiles()).isNotEmpty();
        assertThat(cached.files()).isEqualTo(compiled.files());
        assertThat(cached.indicatorCodes()).isEqualTo(compiled.indicatorCodes());
        assertThat(scores(cached)).isEqualTo(scores(compiled));
        assertThat(warnings).isEmpty();
    }

    @Test
    void theCacheIsKeyedByContentNotByTheFoldersPath() throws Exception {
        // A run compiles a copy of the rules in a temporary folder of its own.
        RulesFolder first = RulesFolder.copyOfShipped(temp.resolve("run1"));
        RulesFolder second = RulesFolder.copyOfShipped(temp.resolve("run2"));

        cache().rules(first.dir());
        RuleBase cached = cache().rules(second.dir());

        assertThat(compiler.compilations).hasValue(1);
        assertThat(cached.directory()).isEqualTo(second.dir());
        assertThat(cached.files()).allSatisfy(file -> assertThat(file.path()).startsWith(second.dir()));
    }

    @Test
    void anEditedRuleFileIsCompiledAgain() throws Exception {
        RulesFolder rules = RulesFolder.copyOfShipped(temp);
        List<String> before = scores(cache().rules(rules.dir()));
        String drl = Files.readString(rules.dir().resolve("scoring.drl"));
        rules.write("scoring.drl", drl + "\n// a comment is an edit too\n");

        cache().rules(rules.dir());

        assertThat(compiler.compilations).hasValue(2);
        assertThat(scores(cache().rules(rules.dir()))).isEqualTo(before);
        assertThat(compiler.compilations).hasValue(2);
    }

    @Test
    void anEditedDecisionTableIsCompiledAgainAndItsNewPointsCount() throws Exception {
        RulesFolder rules = RulesFolder.copyOfShipped(temp);
        List<String> before = scores(cache().rules(rules.dir()));
        rules.setTableCell("threat.drl.xlsx", "Very many citizens fighting abroad", 'F', "1");

        RuleBase edited = cache().rules(rules.dir());

        assertThat(compiler.compilations).hasValue(2);
        assertThat(scores(edited)).isNotEqualTo(before).isEqualTo(scores(new CompileEachTime().rules(rules.dir())));
    }

    @Test
    void aDamagedEntryIsRebuiltWithOneWarning() throws Exception {
        RulesFolder rules = RulesFolder.copyOfShipped(temp);
        List<String> compiled = scores(cache().rules(rules.dir()));
        Path entry = onlyEntry();
        byte[] bytes = Files.readAllBytes(entry);
        bytes[bytes.length / 2] ^= 0x5a;
        Files.write(entry, bytes);

        RuleBase rebuilt = cache().rules(rules.dir());

        assertThat(warnings).singleElement().asString()
                .startsWith("warning: compiled rules cache: " + entry + " cannot be used (the entry's contents are damaged)");
        assertThat(compiler.compilations).hasValue(2);
        assertThat(scores(rebuilt)).isEqualTo(compiled);
        cache().rules(rules.dir());
        assertThat(compiler.compilations).as("the entry written again is used").hasValue(2);
    }

    @Test
    void aTruncatedOrForeignEntryIsRebuiltNeverUsed() throws Exception {
        RulesFolder rules = RulesFolder.copyOfShipped(temp);
        cache().rules(rules.dir());
        Path entry = onlyEntry();
        byte[] bytes = Files.readAllBytes(entry);

        Files.write(entry, java.util.Arrays.copyOf(bytes, bytes.length - 100));
        cache().rules(rules.dir());
        Files.writeString(entry, "not compiled rules");
        cache().rules(rules.dir());

        assertThat(warnings).hasSize(2);
        assertThat(warnings.get(0)).contains("cut short");
        assertThat(warnings.get(1)).contains("not a cache entry");
        assertThat(compiler.compilations).hasValue(3);
    }

    @Test
    void rulesThatDoNotCompileAreNeverCachedAndFailLocatedAsWithoutTheCache() throws Exception {
        RulesFolder rules = RulesFolder.copyOfShipped(temp)
                .write("broken.drl", "package rules.custom\n\nrule \"Broken\"\nwhen\n    Country( colour == \"red\" )\nthen\nend\n");
        List<String> uncached = linesOf(() -> new CompileEachTime().rules(rules.dir()));

        List<String> first = linesOf(() -> cache().rules(rules.dir()));
        List<String> second = linesOf(() -> cache().rules(rules.dir()));

        assertThat(uncached).singleElement().asString().startsWith("rules/broken.drl:5");
        assertThat(first).isEqualTo(uncached);
        assertThat(second).isEqualTo(uncached);
        assertThat(compiler.compilations).hasValue(2);
        assertThat(entries()).isEmpty();
    }

    @Test
    void twoRunsBuildingTheSameEntryAtOnceLeaveOneWholeEntry() throws Exception {
        RulesFolder rules = RulesFolder.copyOfShipped(temp);
        ExecutorService runs = Executors.newFixedThreadPool(2);
        try {
            Callable<RuleBase> run = () -> cache().rules(rules.dir());
            List<Future<RuleBase>> both = runs.invokeAll(List.of(run, run));
            for (Future<RuleBase> one : both) {
                assertThat(one.get().ruleCount()).isPositive();
            }
        } finally {
            runs.shutdown();
        }

        int compiledByTheTwo = compiler.compilations.get();
        cache().rules(rules.dir());

        assertThat(compiler.compilations).as("the third run reads the entry").hasValue(compiledByTheTwo);
        assertThat(warnings).isEmpty();
        assertThat(entries()).hasSize(1);
        try (Stream<Path> files = Files.list(temp.resolve("cache"))) {
            assertThat(files.filter(f -> f.toString().endsWith(".tmp"))).as("temporary files left").isEmpty();
        }
    }

    @Test
    void aCacheThatCannotBeWrittenCostsOneWarningNotTheRun() throws Exception {
        RulesFolder rules = RulesFolder.copyOfShipped(temp);
        Files.writeString(temp.resolve("cache"), "a file where the cache folder should be");

        RuleBase compiled = cache().rules(rules.dir());

        assertThat(compiled.ruleCount()).isPositive();
        assertThat(warnings).singleElement().asString()
                .startsWith("warning: compiled rules cache: cannot write to " + temp.resolve("cache"));
    }

    @Test
    void theCacheFolderIsTheNamedOneElseXdgCacheHomeElseDotCache() {
        Path home = Path.of("/home/analyst");

        assertThat(RuleCacheFolder.forUser(Map.of("RISK_CACHE_DIR", "/tmp/rc", "XDG_CACHE_HOME", "/x"), home))
                .isEqualTo(Path.of("/tmp/rc"));
        assertThat(RuleCacheFolder.forUser(Map.of("XDG_CACHE_HOME", "/x"), home))
                .isEqualTo(Path.of("/x/country-risk-engine"));
        assertThat(RuleCacheFolder.forUser(Map.of("XDG_CACHE_HOME", "relative"), home))
                .isEqualTo(Path.of("/home/analyst/.cache/country-risk-engine"));
        assertThat(RuleCacheFolder.forUser(Map.of(), home)).isEqualTo(Path.of("/home/analyst/.cache/country-risk-engine"));
    }

    private interface Compilation {
        RuleBase compile() throws RuleCompilationException;
    }

    private static List<String> linesOf(Compilation compilation) {
        try {
            compilation.compile();
        } catch (RuleCompilationException e) {
            return e.lines();
        }
        throw new AssertionError("the rules compiled");
    }

    private Path onlyEntry() throws Exception {
        List<Path> entries = entries();
        assertThat(entries).hasSize(1);
        return entries.get(0);
    }

    private List<Path> entries() throws Exception {
        Path folder = temp.resolve("cache");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".rules")).toList();
        }
    }

    /** Every unit's score, band, dimensions and contributions in the sample's latest year, with these rules. */
    private static List<String> scores(RuleBase rules) throws Exception {
        Pipeline pipeline = new Pipeline(rulesDir -> rules);
        Pipeline.Evaluated evaluated = pipeline.evaluate(new Pipeline.Request(SAMPLE, rules.directory(), null, false, 0, 0),
                DrawProgress.NONE);
        return evaluated.assessment().countries().stream()
                .map((CountryAssessment c) -> c.iso3() + " " + c.score() + " " + c.band() + " " + c.dimensions() + " "
                        + c.contributions())
                .toList();
    }
}
