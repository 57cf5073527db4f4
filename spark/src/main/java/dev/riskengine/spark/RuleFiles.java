package dev.riskengine.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import dev.riskengine.rules.RuleBase;
import dev.riskengine.rules.RuleCompilationException;
import dev.riskengine.rules.RuleCompiler;
import dev.riskengine.rules.RuleFile;

/**
 * The rules as they travel to executors: the bytes of every rule file by its path in the rules
 * folder. A compiled rule base cannot travel (a KieBase is not serializable), so each executor
 * JVM compiles these bytes once, in a folder of the same name, and every partition it runs shares
 * that rule base; messages then name the same folder and files as on the driver.
 */
public final class RuleFiles implements Serializable {
    /** Compiled rules by the digest of their files: one compilation per executor JVM and rule set. */
    private static final Map<String, RuleBase> COMPILED = new ConcurrentHashMap<>();

    private final String folderName;
    private final TreeMap<String, byte[]> bytesByPath;
    private final String digest;

    private RuleFiles(String folderName, TreeMap<String, byte[]> bytesByPath) {
        this.folderName = folderName;
        this.bytesByPath = bytesByPath;
        this.digest = digestOf(folderName, bytesByPath);
    }

    /** The files the driver's rule base was compiled from, read now. */
    public static RuleFiles of(RuleBase rules) {
        TreeMap<String, byte[]> bytes = new TreeMap<>();
        try {
            for (RuleFile file : rules.files()) {
                bytes.put(file.relativePath(), Files.readAllBytes(file.path()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path name = rules.directory().toAbsolutePath().normalize().getFileName();
        return new RuleFiles(name == null ? "rules" : name.toString(), bytes);
    }

    /** This JVM's compilation of the rules, made on first use. */
    public RuleBase compiled() {
        return COMPILED.computeIfAbsent(digest, k -> compile());
    }

    private RuleBase compile() {
        try {
            Path folder = Files.createTempDirectory("risk-rules").resolve(folderName);
            for (Map.Entry<String, byte[]> file : bytesByPath.entrySet()) {
                Path target = folder.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue());
            }
            return new RuleCompiler().compile(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuleCompilationException e) {
            // The driver compiled the same bytes before sending them: only a different engine build could fail here.
            throw new IllegalStateException("the rules compiled on the driver do not compile on this executor: "
                    + e.getMessage(), e);
        }
    }

    private static String digestOf(String folderName, TreeMap<String, byte[]> bytesByPath) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(folderName.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            bytesByPath.forEach((path, bytes) -> {
                sha.update(path.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(bytes);
            });
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
