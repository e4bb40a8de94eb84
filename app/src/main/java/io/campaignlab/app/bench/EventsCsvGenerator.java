package io.campaignlab.app.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

/** Writes a seeded 6-column events CSV (user_id, item_id, session_id, event_type, ts, price) for the import bench. */
public final class EventsCsvGenerator {

    private static final String[] EVENTS = {"view", "view", "view", "view", "click", "click", "cart", "purchase"};

    private EventsCsvGenerator() {
    }

    /** {@code EventsCsvGenerator FILE ROWS [SEED]}: writes the file, for scripts (scripts/bench/import-cold.sh). */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: EventsCsvGenerator FILE ROWS [SEED]");
            System.exit(2);
        }
        write(Path.of(args[0]), Long.parseLong(args[1]), args.length > 2 ? Long.parseLong(args[2]) : 7);
    }

    public static Path write(Path file, long rows, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        long ts = 1_767_225_600L;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("user_id,item_id,session_id,event_type,ts,price\n");
            StringBuilder sb = new StringBuilder(64);
            for (long i = 0; i < rows; i++) {
                ts += random.nextInt(3);
                sb.setLength(0);
                sb.append(random.nextInt(100_000)).append(',')
                        .append(random.nextInt(20_000)).append(',')
                        .append(i / 6).append(',')
                        .append(EVENTS[random.nextInt(EVENTS.length)]).append(',')
                        .append(java.time.LocalDateTime.ofEpochSecond(ts, 0, java.time.ZoneOffset.UTC)).append(',')
                        .append(String.format(Locale.ROOT, "%.2f", 1 + random.nextDouble() * 199)).append('\n');
                w.write(sb.toString());
            }
        }
        return file;
    }
}
