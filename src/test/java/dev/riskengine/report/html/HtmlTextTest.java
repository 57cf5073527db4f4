package dev.riskengine.report.html;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlTextTest {

    @Test
    void escapesEveryCharacterThatCanOpenMarkupOrLeaveAnAttribute() {
        assertThat(HtmlText.escape("<a href='x' title=\"y\">&</a>"))
                .isEqualTo("&lt;a href=&#39;x&#39; title=&quot;y&quot;&gt;&amp;&lt;/a&gt;");
    }

    @Test
    void replacesControlCharactersAndKeepsOtherText() {
        assertThat(HtmlText.escape("a\u0000b\tc\u007Fd – é")).isEqualTo("a\uFFFDb\tc\uFFFDd – é");
        assertThat(HtmlText.escape(null)).isEmpty();
    }
}
