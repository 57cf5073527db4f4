package dev.riskengine.workbook;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where a text file stops being UTF-8: the line an analyst opens the file at to find the character. */
final class Utf8Lines {

    private Utf8Lines() {
    }

    /** ":7" for the line of the first byte UTF-8 does not allow; nothing when the file cannot be read again. */
    static String placeOfFirstBadByte(Path file) {
        try {
            return ":" + firstBadLine(file);
        } catch (IOException e) {
            return "";
        }
    }

    /** The line (from 1) of the first byte UTF-8 does not allow; the last line when the file ends inside a character. */
    static int firstBadLine(Path file) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(file));
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer chars = CharBuffer.allocate(8192);
        int line = 1;
        while (true) {
            CoderResult result = decoder.decode(bytes, chars, true);
            chars.flip();
            while (chars.hasRemaining()) {
                if (chars.get() == '\n') {
                    line++;
                }
            }
            chars.clear();
            if (result.isError() || result.isUnderflow()) {
                return line;
            }
        }
    }
}
