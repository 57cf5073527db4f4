package dev.riskengine.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of a file's bytes, read in a stream: a manifest proves which input, rules and reports a
 * run had, and a 100,000-unit run's scores.json is too large to hold whole in memory.
 */
public final class FileDigest {
    private FileDigest() { }

    public static String sha256(Path file) throws IOException {
        return copy(file, OutputStream.nullOutputStream());
    }

    /**
     * Copies a file and gives the SHA-256 of exactly the bytes copied: a run parses its copy, so the
     * hash it records is that of what it read, even if the original is replaced meanwhile.
     */
    public static String copy(Path from, Path to) throws IOException {
        try (OutputStream out = Files.newOutputStream(to)) {
            return copy(from, out);
        }
    }

    private static String copy(Path from, OutputStream out) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(from), digest)) {
            in.transferTo(out);
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
