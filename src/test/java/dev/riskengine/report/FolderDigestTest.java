package dev.riskengine.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A long-form input is a folder: its digest, and its copy, cover every table, Parquet part files included. */
class FolderDigestTest {
    @TempDir Path temp;

    @Test
    void folderInputDigestChangesWithAnyTableAndItsCopyHasTheSameDigest() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("long"));
        Files.writeString(folder.resolve("countries.csv"), "iso3,name,region\nMAR,Morocco,North Africa\n");
        Files.createDirectories(folder.resolve("indicators.parquet"));
        Files.writeString(folder.resolve("indicators.parquet/part-00000.parquet"), "rows");
        String before = FileDigest.sha256(folder);

        String copied = FileDigest.copy(folder, temp.resolve("copy"));
        Files.writeString(folder.resolve("indicators.parquet/part-00000.parquet"), "other rows");

        assertThat(copied).isEqualTo(before).isEqualTo(FileDigest.sha256(temp.resolve("copy")));
        assertThat(temp.resolve("copy/indicators.parquet/part-00000.parquet")).hasContent("rows");
        assertThat(FileDigest.sha256(folder)).isNotEqualTo(before);
        Files.move(folder.resolve("countries.csv"), folder.resolve("units.csv"));
        assertThat(FileDigest.sha256(folder)).isNotEqualTo(before);
    }
}
