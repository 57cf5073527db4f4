package dev.riskengine.workbook;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * How far the parts of an .xlsx (a zip of XML files) may inflate, so that a zip bomb is refused
 * as it is read, in seconds and bounded memory, whichever walk reads it. POI's own limits
 * (ZipSecureFile) guard every part both walks read: a part may not inflate more than
 * {@link #LEAST_INFLATE_RATIO} (POI's default: a hundredfold) nor beyond {@link #LARGEST_PART}.
 * The shared strings, which the streaming walk holds in memory, have a tighter limit of their own.
 * POI words its refusals as a five-line paragraph; {@link #refusal} makes them one finding.
 */
public final class PartLimits {
    /**
     * The Indicators sheet of the largest workbook {@code generate} writes (250,000 units, 4 years)
     * inflates to 446 MB: twice that leaves room and still refuses what POI's default (4 GB) lets in.
     */
    static final long LARGEST_PART = 1L << 30;
    /** Held whole while streaming (as UTF-16, twice this); a workbook of 250,000 units needs a third of it. */
    static final long LARGEST_SHARED_STRINGS = 128L << 20;
    static final double LEAST_INFLATE_RATIO = 0.01;
    static final String EXPECTED = "a workbook whose parts inflate at most 100 times their compressed size, "
            + "to at most 1 GB (128 MB for the shared strings)";

    private static final Pattern POI_ENTRY = Pattern.compile("Entry: (\\S+)\\s*$");

    private PartLimits() {
    }

    /**
     * Sets POI's limits, which hold for every workbook the process opens (the importer's sources
     * and the decision tables too): called at start-up and again by every workbook opener.
     */
    public static void apply() {
        ZipSecureFile.setMaxEntrySize(LARGEST_PART);
        ZipSecureFile.setMinInflateRatio(LEAST_INFLATE_RATIO);
    }

    /** The shared strings part read through the engine's own, tighter limit. */
    static InputStream sharedStrings(InputStream part, String partName) {
        return new Limited(part, partName, LARGEST_SHARED_STRINGS);
    }

    /** What was found, when the failure (or one of its causes) is a part refused by a limit. */
    static Optional<String> refusal(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PartTooLargeException tooLarge) {
                return Optional.of(tooLarge.found());
            }
            String message = t.getMessage();
            if (message != null && message.startsWith("Zip bomb detected!")) {
                Matcher entry = POI_ENTRY.matcher(message);
                String part = entry.find() ? "part " + entry.group(1) : "a part";
                return Optional.of(message.contains("max. ratio")
                        ? part + " inflating more than 100 times its compressed size (a zip bomb?)"
                        : String.format(Locale.ROOT, "%s inflating beyond %,d bytes", part, ZipSecureFile.getMaxEntrySize()));
            }
        }
        return Optional.empty();
    }

    /** A part larger than the engine's own limit for it. */
    static final class PartTooLargeException extends IOException {
        private final String partName;
        private final long limit;

        PartTooLargeException(String partName, long limit) {
            super("part " + partName + " inflates beyond " + limit + " bytes");
            this.partName = partName;
            this.limit = limit;
        }

        String found() {
            return String.format(Locale.ROOT, "part %s inflating beyond %,d bytes", partName, limit);
        }
    }

    /** Counts the bytes read and fails at the first one beyond the limit. */
    private static final class Limited extends FilterInputStream {
        private final String partName;
        private final long limit;
        private long count;

        Limited(InputStream in, String partName, long limit) {
            super(in);
            this.partName = partName;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            counted(skipped);
            return skipped;
        }

        private void counted(long n) throws PartTooLargeException {
            count += n;
            if (count > limit) {
                throw new PartTooLargeException(partName, limit);
            }
        }
    }
}
