package dev.riskengine.report;

import org.junit.jupiter.api.Test;

import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class BandColourTest {

    @Test
    void eachLevelHasItsOwnFillFromGreenToDarkRed() {
        assertThat(IntStream.rangeClosed(1, 5).mapToObj(l -> BandColour.forLevel(l).fill())).doesNotHaveDuplicates();
        assertThat(BandColour.forLevel(1).fill()).isEqualTo("#1A9641");
        assertThat(BandColour.forLevel(5).fill()).isEqualTo("#A50026");
    }

    @Test
    void levelsOutsideThePaletteAreGrey() {
        assertThat(BandColour.forLevel(0)).isEqualTo(BandColour.forLevel(6)).isEqualTo(BandColour.forLevel(-1));
        assertThat(BandColour.forLevel(0).fill()).isEqualTo("#BDBDBD");
        assertThat(BandColour.cssClass(7)).isEqualTo("band-other");
        assertThat(BandColour.cssClass(2)).isEqualTo("band-2");
    }

    @Test
    void textOnEveryFillMeetsTheWcagContrastForLargeBoldText() {
        for (int level = 0; level <= 5; level++) {
            BandColour colour = BandColour.forLevel(level);
            assertThat(contrast(colour.fillRgb(), colour.textRgb())).as("level " + level).isGreaterThanOrEqualTo(4.5);
        }
        assertThat(BandColour.forLevel(5).text()).isEqualTo("#FFFFFF");
        assertThat(BandColour.forLevel(3).text()).isEqualTo("#000000");
    }

    private static double contrast(byte[] a, byte[] b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(byte[] rgb) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = (rgb[i] & 0xFF) / 255.0;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }
}
