package dev.riskengine.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * SHA-256 of a file's bytes, read in a stream: a manifest proves which input, rules and reports a
 * run had, and a 100,000-unit run's scores.json is too large to hold whole in memory. An input
 * may also be a folder (the long-form tables, {@code countries.csv} and the others): its digest
 * covers each of its files' names and bytes, in name order, so that a change to any of them, a
 * file renamed, added or removed, changes it.
 */
public final class FileDigest {
    private FileDigest() { }

    public static String sha256(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            return copyFolder(file, null);
        }
        return copy(file, OutputStream.nullOutputStream());
    }

    /**
     * Copies a file and gives the SHA-256 of exactly the bytes copied: a run parses its copy, so the
     * hash it records is that of what it read, even if the original is replaced meanwhile.
     */
    public static String copy(Path from, Path to) throws IOException {
        if (Files.isDirectory(from)) {
            return copyFolder(from, to);
        }
        try (OutputStream out = Files.newOutputStream(to)) {
            return copy(from, out);
        }
    }

    private static String copy(Path from, OutputStream out) throws IOException {
        MessageDigest digest = sha256();
        copy(from, out, digest);
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void copy(Path from, OutputStream out, MessageDigest digest) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(from), digest)) {
            in.transferTo(out);
        }
    }

    /**
     * The folder's files, those of its subfolders too (a Parquet dataset is a folder of part
     * files), hashed with their paths in the folder, and copied into {@code to} unless it is null.
     */
    private static String copyFolder(Path from, Path to) throws IOException {
        List<Path> files;
        try (Stream<Path> walked = Files.walk(from)) {
            files = walked.filter(Files::isRegularFile).sorted(Comparator.comparing(f -> relative(from, f))).toList();
        }
        if (to != null) {
            Files.createDirectories(to);
        }
        MessageDigest digest = sha256();
        for (Path file : files) {
            String name = relative(from, file);
            digest.update((name + "\0").getBytes(StandardCharsets.UTF_8));
            Path target = to == null ? null : to.resolve(name);
            if (target != null) {
                Files.createDirectories(target.getParent());
            }
            try (OutputStream out = target == null ? OutputStream.nullOutputStream() : Files.newOutputStream(target)) {
                copy(file, out, digest);
            }
            digest.update((byte) 0);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The file's path in the folder with / between names, the same on every system. */
    private static String relative(Path folder, Path file) {
        return folder.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
