package io.campaignlab.engine.importing.csv;

import io.campaignlab.engine.importing.ImportException;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;

/**
 * A file to import: plain or gzip, with its byte-order mark and character set detected. Opening it gives a
 * strict decoder, so bytes that are not valid in the charset fail loudly instead of turning into '?'.
 *
 * @param path     the file
 * @param size     its size on disk in bytes
 * @param gzip     whether it is gzip-compressed (detected from the magic bytes, not the name)
 * @param charset  the detected or forced charset
 * @param bomBytes how many bytes of byte-order mark to skip
 */
public record SourceFile(Path path, long size, boolean gzip, Charset charset, int bomBytes) {

    private static final int PROBE_BYTES = 1 << 20;

    /** Detects compression, BOM and charset. A null {@code forcedCharset} means detect it. */
    public static SourceFile inspect(Path path, Charset forcedCharset) {
        String name = path.getFileName().toString();
        if (!Files.exists(path)) {
            throw ImportException.of(name, "the file does not exist (" + path.toAbsolutePath() + ")");
        }
        if (Files.isDirectory(path)) {
            throw ImportException.of(name, "is a folder, not a file");
        }
        try {
            long size = Files.size(path);
            boolean gzip = isGzip(path);
            byte[] probe;
            try (InputStream in = decompressed(Files.newInputStream(path), gzip)) {
                probe = in.readNBytes(PROBE_BYTES);
            }
            ContentSniffer.nonText(probe, probe.length).ifPresent(looks -> {
                throw ImportException.of(name, (gzip ? "is gzip-compressed, and what it holds " : "") + looks);
            });
            int bom = 0;
            Charset charset;
            if (probe.length >= 3 && (probe[0] & 0xff) == 0xEF && (probe[1] & 0xff) == 0xBB && (probe[2] & 0xff) == 0xBF) {
                bom = 3;
                charset = StandardCharsets.UTF_8;
            } else if (probe.length >= 2 && (probe[0] & 0xff) == 0xFF && (probe[1] & 0xff) == 0xFE) {
                bom = 2;
                charset = StandardCharsets.UTF_16LE;
            } else if (probe.length >= 2 && (probe[0] & 0xff) == 0xFE && (probe[1] & 0xff) == 0xFF) {
                bom = 2;
                charset = StandardCharsets.UTF_16BE;
            } else {
                charset = isUtf8(probe, probe.length == PROBE_BYTES) ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1;
            }
            if (forcedCharset != null) {
                charset = forcedCharset;
            }
            return new SourceFile(path, size, gzip, charset, bom);
        } catch (NoSuchFileException e) {
            throw ImportException.of(name, "the file does not exist");
        } catch (IOException e) {
            throw new ImportException(name, -1, null, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** The file as plain bytes, not read as text: for its hash only (an Excel workbook is hashed as stored). */
    public static SourceFile inspectBytes(Path path) {
        try {
            return new SourceFile(path, Files.size(path), false, StandardCharsets.ISO_8859_1, 0);
        } catch (IOException e) {
            throw new ImportException(path.getFileName().toString(), -1, null, "cannot be read: " + e.getMessage(), e);
        }
    }

    public String name() {
        return path.getFileName().toString();
    }

    /** The SHA-256 of the file's bytes as stored (compressed bytes for gzip files), in lower-case hex. */
    public String sha256() {
        try (InputStream in = new DigestInputStream(new BufferedInputStream(Files.newInputStream(path), 1 << 16),
                MessageDigest.getInstance("SHA-256"))) {
            byte[] buffer = new byte[1 << 16];
            while (in.read(buffer) >= 0) {
                // reading updates the digest
            }
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new ImportException(name(), -1, null, "cannot be read: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Opens the file as text with a strict decoder.
     *
     * @param bytesRead receives the count of bytes read from disk (compressed bytes for gzip), for progress
     */
    public Reader open(AtomicLong bytesRead) throws IOException {
        InputStream raw = new CountingInputStream(Files.newInputStream(path), bytesRead);
        InputStream in = decompressed(raw, gzip);
        if (in.skip(bomBytes) != bomBytes) {
            in.close();
            throw new IOException("file shorter than its byte-order mark");
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new InputStreamReader(in, decoder);
    }

    private static InputStream decompressed(InputStream raw, boolean gzip) throws IOException {
        InputStream buffered = new BufferedInputStream(raw, 1 << 16);
        return gzip ? new BufferedInputStream(new GZIPInputStream(buffered, 1 << 16), 1 << 16) : buffered;
    }

    private static boolean isGzip(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] magic = in.readNBytes(2);
            return magic.length == 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b;
        }
    }

    /** True when the bytes decode as UTF-8; a multi-byte sequence cut off by the probe's end does not count. */
    static boolean isUtf8(byte[] bytes, boolean truncated) {
        int length = bytes.length;
        if (truncated) {
            int back = 0;
            while (back < 4 && back < length && (bytes[length - 1 - back] & 0xC0) == 0x80) {
                back++;
            }
            if (back < length && (bytes[length - 1 - back] & 0xC0) == 0xC0) {
                length = length - 1 - back;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, length));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Counts the bytes read through it. */
    private static final class CountingInputStream extends FilterInputStream {
        private final AtomicLong count;

        CountingInputStream(InputStream in, AtomicLong count) {
            super(in);
            this.count = count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count.incrementAndGet();
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count.addAndGet(n);
            }
            return n;
        }
    }
}
