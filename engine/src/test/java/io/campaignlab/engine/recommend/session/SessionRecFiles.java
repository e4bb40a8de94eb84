package io.campaignlab.engine.recommend.session;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The click files of session-rec's YooChoose samples, read for the acceptance test (the product imports CSV). */
final class SessionRecFiles {

    private SessionRecFiles() {
    }

    /**
     * Reads a session-rec click file: TAB-separated with the header {@code SessionId, ItemId, Time} (Unix seconds,
     * possibly fractional), as in the YooChoose samples.
     *
     * @param catalogue as in {@link SessionSequences#group}
     */
    static SessionSequences read(Path file, List<String> catalogue) throws IOException {
        List<String> s = new ArrayList<>();
        List<String> i = new ArrayList<>();
        List<Long> t = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            if (header == null) {
                throw new IOException(file + " is empty");
            }
            String[] names = header.split("\t");
            int cs = indexOf(names, "SessionId", file);
            int ci = indexOf(names, "ItemId", file);
            int ct = indexOf(names, "Time", file);
            int line = 1;
            for (String row = in.readLine(); row != null; row = in.readLine()) {
                line++;
                if (row.isBlank()) {
                    continue;
                }
                String[] f = row.split("\t");
                if (f.length <= Math.max(cs, Math.max(ci, ct))) {
                    throw new IOException(file + " line " + line + " has " + f.length + " fields, expected "
                            + names.length);
                }
                try {
                    t.add(Math.round(Double.parseDouble(f[ct]) * 1000));
                } catch (NumberFormatException e) {
                    throw new IOException(file + " line " + line + ": Time '" + f[ct] + "' is not a number", e);
                }
                s.add(f[cs]);
                i.add(f[ci]);
            }
        }
        long[] times = new long[t.size()];
        for (int r = 0; r < times.length; r++) {
            times[r] = t.get(r);
        }
        return SessionSequences.group(s.toArray(String[]::new), i.toArray(String[]::new), times, catalogue);
    }

    private static int indexOf(String[] names, String name, Path file) throws IOException {
        for (int c = 0; c < names.length; c++) {
            if (names[c].trim().equals(name)) {
                return c;
            }
        }
        throw new IOException(file + " has no " + name + " column (header: " + String.join(", ", names) + ")");
    }
}
