package dev.riskengine.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * POI's part limits guard every workbook the process opens, the decision tables Drools reads as
 * the rules compile included. The pipeline sets them, so they hold whoever compiles (a command, a
 * test, watch mode), not only a process started through the command line's main (issue 13).
 */
class PipelinePartLimitsTest {
    private static final long POI_DEFAULT_ENTRY_SIZE = 0xFFFFFFFFL;
    private static final double POI_DEFAULT_INFLATE_RATIO = 0.01;

    @AfterEach
    void engineLimitsAgain() {
        new Pipeline();
    }

    @Test
    void partLimitsHoldForRulesCompiledWithoutTheCommandLine() {
        ZipSecureFile.setMaxEntrySize(POI_DEFAULT_ENTRY_SIZE);
        ZipSecureFile.setMinInflateRatio(0.001);

        new Pipeline();

        assertThat(ZipSecureFile.getMaxEntrySize()).as("the engine's 1 GB, not POI's 4 GB")
                .isEqualTo(1L << 30);
        assertThat(ZipSecureFile.getMinInflateRatio()).as("at most a hundredfold").isEqualTo(POI_DEFAULT_INFLATE_RATIO);
    }
}
