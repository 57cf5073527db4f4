package dev.riskengine.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;

import dev.riskengine.rules.RuleFile;

/**
 * What a compilation of the rules depends on, as one SHA-256: every rule file's name and bytes,
 * in path order, and the engine that compiles them (Drools' version, the engine's version and
 * build, Java's version). Any edit, added, removed or renamed file, or another engine gives
 * another key, so a cached compilation is used only for the very files and engine it was made from.
 * The folder's own path is not part of it: a run compiles a copy of the rules in a temporary folder.
 */
final class RuleCacheKey {
    private static final String ENGINE = engine();

    private RuleCacheKey() {
    }

    /** @throws IOException when a rule file cannot be read (the compiler then says so, located) */
    static String of(List<RuleFile> files) throws IOException {
        MessageDigest digest = sha256();
        digest.update(ENGINE.getBytes(StandardCharsets.UTF_8));
        for (RuleFile file : files) {
            byte[] name = file.relativePath().getBytes(StandardCharsets.UTF_8);
            byte[] bytes = Files.readAllBytes(file.path());
            // Lengths first, so that no two lists of files can run together into the same bytes.
            digest.update(lengthOf(name.length));
            digest.update(name);
            digest.update(lengthOf(bytes.length));
            digest.update(bytes);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The engine a compilation is made by, e.g. "drools=10.2.0 engine=0.1.0 built=2026-12-04T13:40:00Z java=17". */
    static String engine() {
        Properties build = new Properties();
        try (InputStream in = RuleCacheKey.class.getResourceAsStream("rule-cache.properties")) {
            if (in != null) {
                build.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the engine's build properties", e);
        }
        return "drools=" + build.getProperty("drools", "unknown") + " engine=" + build.getProperty("engine", "unknown")
                + " built=" + build.getProperty("built", "unknown") + " java=" + Runtime.version().feature();
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static byte[] lengthOf(long length) {
        byte[] bytes = new byte[Long.BYTES];
        for (int i = 0; i < Long.BYTES; i++) {
            bytes[i] = (byte) (length >>> (8 * (Long.BYTES - 1 - i)));
        }
        return bytes;
    }
}
