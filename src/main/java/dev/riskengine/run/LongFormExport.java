package dev.riskengine.run;

import dev.riskengine.model.IndicatorWorkbook;
import dev.riskengine.pipeline.Pipeline;
import dev.riskengine.workbook.InvalidWorkbookException;
import dev.riskengine.workbook.LongFormWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code risk export --long-form}: a workbook read and validated as every command reads it, then
 * written as the long-form tables ({@code countries.csv}, {@code indicators.csv}, ...) that
 * {@code --input FOLDER} and the Spark job read back, so an analyst can move a workbook to Spark.
 */
public final class LongFormExport {

    /** What was written: the files, and how many units, years and indicator rows they hold. */
    public record Exported(List<String> files, int units, int years, int indicatorRows) { }

    private final Pipeline pipeline;

    public LongFormExport(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** Whether {@code folder} holds something an export would mix with or replace. */
    public static boolean holdsFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return Files.exists(folder);
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.findAny().isPresent();
        }
    }

    public Exported export(Path input, Path folder) throws InvalidWorkbookException, IOException {
        IndicatorWorkbook workbook = pipeline.read(input);
        LongFormWriter.Written written = new LongFormWriter().write(workbook, folder);
        return new Exported(written.files().stream().map(file -> String.valueOf(file.getFileName())).toList(),
                workbook.countries().size(), workbook.years().size(), written.indicatorRows());
    }
}
