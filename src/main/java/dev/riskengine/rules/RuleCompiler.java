package dev.riskengine.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;

/**
 * Compiles every rule file under a directory from disk (classic DRL engine, no build step), so a
 * rule author's new file is used by the next run. The {@code tests} folder holds test cases, not rules.
 */
public final class RuleCompiler {
    private static final Pattern DRL_PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;?");
    private static final String RESOURCES = "src/main/resources/";
    private static final AtomicInteger BUILDS = new AtomicInteger();

    public RuleBase compile(Path rulesDir) throws RuleCompilationException {
        String dirName = rulesDir.getFileName() == null ? rulesDir.toString() : rulesDir.getFileName().toString();
        if (!Files.isDirectory(rulesDir)) {
            throw new RuleCompilationException(dirName,
                    List.of(new RuleProblem("", 0, "rules directory not found (expected a folder of .drl files)")));
        }
        List<RuleFile> files = findRuleFiles(rulesDir);
        if (files.isEmpty()) {
            throw new RuleCompilationException(dirName,
                    List.of(new RuleProblem("", 0, "no rule files (*.drl, *.drl.xlsx) in the rules directory")));
        }

        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        // A fresh release id per build: the KIE repository caches modules by id, and watch mode recompiles.
        ReleaseId releaseId = ks.newReleaseId("dev.riskengine", "rules-" + BUILDS.incrementAndGet(), "1.0.0");
        kfs.generateAndWritePomXML(releaseId);
        Map<String, String> relativeBySource = new HashMap<>();
        for (RuleFile file : files) {
            String sourcePath = kieFileSystemPath(file);
            kfs.write(sourcePath, ks.getResources().newFileSystemResource(file.path().toFile()));
            relativeBySource.put(sourcePath, file.relativePath());
            // Compiled rules know their resource by the path below the resources folder.
            relativeBySource.put(sourcePath.substring(RESOURCES.length()), file.relativePath());
        }

        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        List<RuleProblem> problems = new ArrayList<>();
        for (Message message : builder.getResults().getMessages(Message.Level.ERROR)) {
            String text = oneLine(message.getText());
            if (text.contains("Parser returned a null Package")) {
                continue; // always follows a syntax error already reported with its line
            }
            String file = message.getPath() == null ? "" : relativeBySource.getOrDefault(message.getPath(), message.getPath());
            problems.add(new RuleProblem(file, Math.max(0, message.getLine()), text));
        }
        if (!problems.isEmpty()) {
            ks.getRepository().removeKieModule(releaseId);
            throw new RuleCompilationException(dirName, problems);
        }
        KieContainer container = ks.newKieContainer(releaseId);
        return new RuleBase(rulesDir, container.getKieBase(), files, relativeBySource);
    }

    private static List<RuleFile> findRuleFiles(Path rulesDir) {
        Path testsDir = rulesDir.resolve("tests");
        try (Stream<Path> walk = Files.walk(rulesDir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.startsWith(testsDir))
                    .filter(p -> RuleFile.isRuleFile(p.getFileName().toString()))
                    .filter(p -> !p.getFileName().toString().startsWith(".~lock")) // LibreOffice lock files
                    .map(p -> new RuleFile(rulesDir.relativize(p).toString().replace('\\', '/'), p))
                    .sorted(Comparator.comparing(RuleFile::relativePath))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + rulesDir, e);
        }
    }

    /** Drools warns when a DRL's folder differs from its package, so each file goes under its package's folder. */
    private static String kieFileSystemPath(RuleFile file) {
        String folder = "rules";
        if (file.relativePath().toLowerCase(java.util.Locale.ROOT).endsWith(".drl")) {
            try {
                Matcher m = DRL_PACKAGE.matcher(Files.readString(file.path(), StandardCharsets.UTF_8));
                if (m.find()) {
                    folder = m.group(1).replace('.', '/');
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file.path(), e);
            }
        }
        String flatName = file.relativePath().replace('/', '_');
        return RESOURCES + folder + "/" + flatName;
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s*\\R\\s*", " ").trim();
    }
}
