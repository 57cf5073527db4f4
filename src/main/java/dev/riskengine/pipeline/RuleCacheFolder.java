package dev.riskengine.pipeline;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The folder of cached compilations, one file per key ({@code <sha256>.rules}). An entry is
 * written to a temporary file and renamed into place, so two runs writing the same entry at once
 * each rename a whole file and a reader sees a whole entry or none. Each entry carries its key and
 * a SHA-256 of its contents: a damaged, truncated or misplaced entry is recognised before anything
 * in it is used. The folder keeps the most recently used {@link #KEPT} entries.
 */
final class RuleCacheFolder {
    /** Environment variable naming the cache folder, before XDG_CACHE_HOME and ~/.cache. */
    static final String FOLDER_VARIABLE = "RISK_CACHE_DIR";
    /** Entries kept: every save in watch mode makes one, a run on unchanged rules uses one. */
    static final int KEPT = 32;
    private static final String SUFFIX = ".rules";
    private static final byte[] MAGIC = "country-risk-engine compiled rules 1\n".getBytes(StandardCharsets.US_ASCII);
    /** A temporary file this old was left by a run that stopped while writing. */
    private static final Duration ABANDONED = Duration.ofHours(1);

    private final Path folder;

    RuleCacheFolder(Path folder) {
        this.folder = folder;
    }

    /**
     * The user's cache folder: {@code $RISK_CACHE_DIR}, else {@code $XDG_CACHE_HOME/country-risk-engine},
     * else {@code ~/.cache/country-risk-engine}, as the XDG base directories name a user's caches.
     */
    static Path forUser(Map<String, String> environment, Path home) {
        String named = environment.get(FOLDER_VARIABLE);
        if (named != null && !named.isBlank()) {
            return Path.of(named);
        }
        String xdg = environment.get("XDG_CACHE_HOME");
        // The specification ignores a relative XDG_CACHE_HOME.
        Path caches = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".cache");
        return caches.resolve("country-risk-engine");
    }

    Path folder() {
        return folder;
    }

    Path entry(String key) {
        return folder.resolve(key + SUFFIX);
    }

    /**
     * The entry's contents, or empty when there is none.
     *
     * @throws IOException when there is an entry but it is damaged or not for this key
     */
    Optional<byte[]> read(String key) throws IOException {
        if (!Files.isDirectory(folder)) {
            return Optional.empty(); // nothing cached yet; writing says what is in the way, if anything
        }
        Path entry = entry(key);
        byte[] file;
        try {
            file = Files.readAllBytes(entry);
        } catch (NoSuchFileException none) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(file))) {
            byte[] magic = in.readNBytes(MAGIC.length);
            if (!MessageDigest.isEqual(magic, MAGIC)) {
                throw new IOException("not a cache entry of this engine");
            }
            if (!key.equals(in.readUTF())) {
                throw new IOException("the entry is for other rule files");
            }
            byte[] sha256 = in.readNBytes(32);
            int length = in.readInt();
            byte[] contents = in.readNBytes(length);
            if (contents.length != length || in.read() != -1) {
                throw new IOException("the entry is cut short or too long");
            }
            if (!MessageDigest.isEqual(sha256, RuleCacheKey.sha256().digest(contents))) {
                throw new IOException("the entry's contents are damaged");
            }
            touch(entry);
            return Optional.of(contents);
        }
    }

    /** Writes an entry whole, then makes room by forgetting the least recently used. */
    void write(String key, byte[] contents) throws IOException {
        createFolder();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(contents.length + 128);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.write(MAGIC);
            out.writeUTF(key);
            out.write(RuleCacheKey.sha256().digest(contents));
            out.writeInt(contents.length);
            out.write(contents);
        }
        Path temporary = Files.createTempFile(folder, "." + key + "-", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                bytes.writeTo(out);
            }
            moveIntoPlace(temporary, entry(key));
        } finally {
            Files.deleteIfExists(temporary);
        }
        forgetLeastRecentlyUsed();
    }

    /** Removes an entry that could not be used, so that it is written again. */
    void remove(String key) {
        try {
            Files.deleteIfExists(entry(key));
        } catch (IOException e) {
            // the entry is written over once the rules have compiled
        }
    }

    private void createFolder() throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            // Compiled rules run as this user: only this user may write them.
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(folder);
        }
    }

    private static void moveIntoPlace(Path temporary, Path entry) throws IOException {
        try {
            Files.move(temporary, entry, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, entry, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Marks an entry as just used, for {@link #forgetLeastRecentlyUsed}. */
    private static void touch(Path entry) {
        try {
            Files.setLastModifiedTime(entry, FileTime.from(Instant.now()));
        } catch (IOException e) {
            // a read-only cache still serves its entries
        }
    }

    private void forgetLeastRecentlyUsed() throws IOException {
        List<Path> entries;
        List<Path> abandoned;
        Instant now = Instant.now();
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> all = files.toList();
            entries = all.stream().filter(p -> p.getFileName().toString().endsWith(SUFFIX))
                    .sorted(Comparator.comparing(RuleCacheFolder::lastModified).reversed()).toList();
            abandoned = all.stream().filter(p -> p.getFileName().toString().endsWith(".tmp"))
                    .filter(p -> lastModified(p).toInstant().isBefore(now.minus(ABANDONED))).toList();
        }
        for (Path old : entries.subList(Math.min(KEPT, entries.size()), entries.size())) {
            Files.deleteIfExists(old);
        }
        for (Path temporary : abandoned) {
            Files.deleteIfExists(temporary);
        }
    }

    private static FileTime lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0); // gone meanwhile: forgotten first
        }
    }
}
