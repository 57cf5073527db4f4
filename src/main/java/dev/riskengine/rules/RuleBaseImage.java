package dev.riskengine.rules;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.core.impl.RuleBaseFactory;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.definition.KiePackage;

/**
 * Compiled rules as bytes and back, for the cache of compiled rules: reading them back skips
 * parsing the DRL, reading the decision tables and compiling the consequences, which is most of a
 * short run's time. The image holds the compiled packages (Drools' own serialization, with the
 * classes compiled from the consequences) and, for each file, the DRL it compiled from and a
 * decision table's cells, so that whatever goes wrong while the rules run is located at the same
 * line or cell as with freshly compiled rules. Only rules that compiled and passed every check are
 * ever imaged ({@link RuleBase} exists only for those), so an image never holds a compile error.
 */
public final class RuleBaseImage {

    /** One file's source as kept: its path in the rules folder, its DRL, a decision table's cells. */
    private record Source(String relativePath, String drl, TableGrid table) implements Serializable { }

    private RuleBaseImage() {
    }

    public static byte[] of(RuleBase rules) throws IOException {
        List<Source> sources = new ArrayList<>();
        for (RuleSource source : rules.sources()) {
            sources.add(new Source(source.file().relativePath(), source.drl(),
                    source.table().map(DecisionTable::grid).orElse(null)));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new DroolsObjectOutputStream(bytes)) {
            out.writeObject(sources);
            out.writeObject(new HashMap<>(rules.relativePathBySourcePath()));
            out.writeObject(new ArrayList<>(rules.kieBase().getKiePackages()));
        }
        return bytes.toByteArray();
    }

    /**
     * The rules an image holds, for the files of {@code rulesDir} it was made from.
     *
     * @param files the folder's rule files now ({@link RuleCompiler#findRuleFiles}); they must be
     *              the files the image was made from, by name, or it is refused
     * @throws IOException when the image cannot be read back or was made from other files
     */
    public static RuleBase read(byte[] image, Path rulesDir, List<RuleFile> files) throws IOException {
        ClassLoader loader = RuleBaseImage.class.getClassLoader();
        List<Source> sources;
        Map<String, String> relativeBySourcePath;
        List<KiePackage> packages;
        try (ObjectInputStream in = new DroolsObjectInputStream(new ByteArrayInputStream(image), loader)) {
            sources = listOf(in.readObject(), Source.class);
            relativeBySourcePath = mapOf(in.readObject());
            packages = listOf(in.readObject(), KiePackage.class);
        } catch (ClassNotFoundException | ClassCastException | IllegalStateException e) {
            throw new IOException("not an image of compiled rules: " + e.getMessage(), e);
        }
        if (sources.size() != files.size()) {
            throw new IOException("made from " + sources.size() + " rule files, the folder has " + files.size());
        }
        List<RuleSource> ruleSources = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Source kept = sources.get(i);
            RuleFile file = files.get(i);
            if (!kept.relativePath().equals(file.relativePath())) {
                throw new IOException("made from " + kept.relativePath() + ", the folder has " + file.relativePath());
            }
            DecisionTable table = kept.table() == null ? null : DecisionTable.of(kept.drl(), kept.table());
            ruleSources.add(RuleSource.of(file, kept.drl(), table));
        }
        InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase(
                RuleBaseFactory.newKnowledgeBaseConfiguration(null, loader));
        kieBase.addPackages(packages);
        return new RuleBase(rulesDir, kieBase, files, relativeBySourcePath, ruleSources);
    }

    private static <T> List<T> listOf(Object read, Class<T> type) {
        if (!(read instanceof List<?> list)) {
            throw new IllegalStateException("expected a list of " + type.getSimpleName());
        }
        List<T> typed = new ArrayList<>();
        list.forEach(item -> typed.add(type.cast(item)));
        return typed;
    }

    private static Map<String, String> mapOf(Object read) {
        if (!(read instanceof Map<?, ?> map)) {
            throw new IllegalStateException("expected the files by their compiled paths");
        }
        Map<String, String> typed = new HashMap<>();
        map.forEach((key, value) -> typed.put((String) key, (String) value));
        return typed;
    }
}
