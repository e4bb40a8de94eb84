package io.campaignlab.engine.importing.csv;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Tells a file that is not text from one that is, before anything tries to read it as delimited text: by the magic
 * numbers of common binary formats (images, PDF, archives, office documents, databases), and by the share of control
 * characters and NUL bytes, which text does not have. It says what the file looks like, and what to do instead.
 */
public final class ContentSniffer {

    /** How many of the first bytes are examined. */
    static final int WINDOW = 8192;
    /** Above this share of control characters (NUL included) in the window, the file is taken for binary data. */
    static final double MAX_CONTROL_SHARE = 0.02;

    private static final String SAVE_AS_CSV = "save the sheet as CSV and import that";

    private static final List<Magic> MAGIC = List.of(
            new Magic(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A), "a PNG image", null),
            new Magic(bytes(0xFF, 0xD8, 0xFF), "a JPEG image", null),
            new Magic(ascii("GIF87a"), "a GIF image", null),
            new Magic(ascii("GIF89a"), "a GIF image", null),
            new Magic(ascii("%PDF-"), "a PDF document", null),
            new Magic(bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1),
                    "an older Microsoft Office file (such as an XLS workbook)", SAVE_AS_CSV),
            new Magic(ascii("PAR1"), "a Parquet file", null),
            new Magic(ascii("SQLite format 3\0"), "an SQLite database", null),
            new Magic(bytes(0xFD, '7', 'z', 'X', 'Z', 0x00), "an xz-compressed file",
                    "decompress it, or compress it with gzip, which is read directly"),
            new Magic(bytes('7', 'z', 0xBC, 0xAF, 0x27, 0x1C), "a 7-Zip archive", "extract the file inside and import it"),
            new Magic(bytes(0x28, 0xB5, 0x2F, 0xFD), "a Zstandard-compressed file",
                    "decompress it, or compress it with gzip, which is read directly"),
            new Magic(bytes(0x7F, 'E', 'L', 'F'), "a program (an ELF executable)", null),
            new Magic(ascii("ARROW1"), "an Arrow file", null));

    private ContentSniffer() {
    }

    /**
     * What the file looks like when it is not text, or empty when it may be text.
     *
     * @param probe  the file's first bytes (decompressed when it is gzip), byte-order mark included
     * @param length how many of them there are
     * @return a sentence such as "looks like a PNG image, not a delimited text file; export the data as CSV"
     */
    public static Optional<String> nonText(byte[] probe, int length) {
        if (startsWith(probe, length, bytes(0xEF, 0xBB, 0xBF)) || startsWith(probe, length, bytes(0xFF, 0xFE))
                || startsWith(probe, length, bytes(0xFE, 0xFF))) {
            return Optional.empty();
        }
        for (Magic magic : MAGIC) {
            if (startsWith(probe, length, magic.bytes())) {
                return Optional.of(sentence(magic.what(), magic.advice()));
            }
        }
        if (startsWith(probe, length, bytes('P', 'K', 3, 4)) || startsWith(probe, length, bytes('P', 'K', 5, 6))) {
            return Optional.of(zip(new String(probe, 0, Math.min(length, WINDOW), StandardCharsets.ISO_8859_1)));
        }
        return controlCharacters(probe, Math.min(length, WINDOW));
    }

    private static String zip(String head) {
        if (head.contains("xl/")) {
            return sentence("an Excel workbook (XLSX)", SAVE_AS_CSV);
        }
        if (head.contains("opendocument.spreadsheet")) {
            return sentence("an OpenDocument spreadsheet (ODS)", SAVE_AS_CSV);
        }
        if (head.contains("word/")) {
            return sentence("a Word document (DOCX)", null);
        }
        return sentence("a ZIP archive", "extract the file inside and import it");
    }

    private static Optional<String> controlCharacters(byte[] probe, int length) {
        int control = 0;
        int nul = 0;
        int evenNul = 0;
        for (int i = 0; i < length; i++) {
            int b = probe[i] & 0xff;
            if (b == 0) {
                nul++;
                evenNul += i % 2 == 0 ? 1 : 0;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x0B || b == 0x7F) {
                control++;
            }
        }
        if (length == 0 || (double) control / length <= MAX_CONTROL_SHARE) {
            return Optional.empty();
        }
        boolean alternating = nul * 3 >= length && (evenNul * 10 >= nul * 9 || evenNul * 10 <= nul);
        if (alternating) {
            return Optional.of("looks like UTF-16 text without a byte-order mark, which cannot be read; save it as"
                    + " UTF-8 (or as UTF-16 with a byte-order mark)");
        }
        double percent = Math.floor(1000.0 * control / length) / 10;
        return Optional.of(sentence(String.format(Locale.ROOT, "binary data (%s%% of its first %,d bytes are control"
                + " characters%s)", percent == Math.rint(percent) ? String.valueOf((long) percent)
                : String.valueOf(percent), length, nul > 0 ? ", NUL among them" : ""), null));
    }

    private static String sentence(String what, String advice) {
        return "looks like " + what + ", not a delimited text file; "
                + (advice != null ? advice : "export the data as CSV and import that");
    }

    private static boolean startsWith(byte[] probe, int length, byte[] prefix) {
        if (length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (probe[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private record Magic(byte[] bytes, String what, String advice) {
    }
}
