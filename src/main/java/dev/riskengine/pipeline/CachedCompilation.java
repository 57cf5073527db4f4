package dev.riskengine.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import dev.riskengine.rules.RuleBase;
import dev.riskengine.rules.RuleBaseImage;
import dev.riskengine.rules.RuleCompilationException;
import dev.riskengine.rules.RuleFile;
import dev.riskengine.rules.RuleCompiler;

/**
 * Compiled rules kept in a cache folder ({@link RuleCacheFolder}) by the SHA-256 of the rule files
 * and the engine ({@link RuleCacheKey}): unchanged rules are read back instead of compiled, which
 * takes a fraction of the time. Whatever the cache holds, the rules are those the folder's files
 * compile to now: any edit gives another key; a damaged entry is set aside with one warning and
 * the rules compiled again; rules that fail to compile are never cached, so their errors come from
 * the compiler, located as always; a cache that cannot be written costs a warning, never the run.
 */
public final class CachedCompilation implements RuleBaseSource {
    private final RuleCacheFolder cache;
    private final RuleBaseSource compiler;
    private final Consumer<String> warnings;

    /** @param warnings where a one-line warning goes when an entry is damaged or cannot be written */
    public CachedCompilation(Path cacheFolder, Consumer<String> warnings) {
        this(new RuleCacheFolder(cacheFolder), new CompileEachTime(), warnings);
    }

    CachedCompilation(RuleCacheFolder cache, RuleBaseSource compiler, Consumer<String> warnings) {
        this.cache = cache;
        this.compiler = compiler;
        this.warnings = warnings;
    }

    /** The cache in the user's cache folder (see {@link RuleCacheFolder#forUser}). */
    public static CachedCompilation inUserCacheFolder(Consumer<String> warnings) {
        return new CachedCompilation(userCacheFolder(), warnings);
    }

    /** Where the user's cache is: {@code $RISK_CACHE_DIR}, {@code $XDG_CACHE_HOME} or {@code ~/.cache}, each under its own name. */
    public static Path userCacheFolder() {
        return RuleCacheFolder.forUser(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    @Override
    public RuleBase rules(Path rulesDir) throws RuleCompilationException {
        if (!Files.isDirectory(rulesDir)) {
            return compiler.rules(rulesDir); // says, located, that there is no such folder
        }
        List<RuleFile> files = RuleCompiler.findRuleFiles(rulesDir);
        Optional<String> key = keyOf(files);
        if (files.isEmpty() || key.isEmpty()) {
            return compiler.rules(rulesDir); // says what is missing or unreadable
        }
        Optional<RuleBase> cached = cached(key.get(), rulesDir, files);
        if (cached.isPresent()) {
            return cached.get();
        }
        RuleBase compiled = compiler.rules(rulesDir);
        // Only when no file changed while they compiled: the entry must hold what its key names.
        if (key.equals(keyOf(compiled.files()))) {
            store(key.get(), compiled);
        }
        return compiled;
    }

    private static Optional<String> keyOf(List<RuleFile> files) {
        try {
            return Optional.of(RuleCacheKey.of(files));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private Optional<RuleBase> cached(String key, Path rulesDir, List<RuleFile> files) {
        try {
            Optional<byte[]> image = cache.read(key);
            if (image.isPresent()) {
                return Optional.of(RuleBaseImage.read(image.get(), rulesDir, files));
            }
        } catch (IOException | RuntimeException e) {
            // Whatever is wrong with the entry, the rules compile as if it were not there.
            warnings.accept("warning: compiled rules cache: " + cache.entry(key) + " cannot be used ("
                    + reason(e) + "); compiling the rules and caching them again");
            cache.remove(key);
        }
        return Optional.empty();
    }

    private void store(String key, RuleBase compiled) {
        try {
            cache.write(key, RuleBaseImage.of(compiled));
        } catch (IOException | RuntimeException e) {
            warnings.accept("warning: compiled rules cache: cannot write to " + cache.folder() + " (" + reason(e)
                    + "); the rules compile every time until it can be written (or use --no-cache)");
        }
    }

    private static String reason(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
