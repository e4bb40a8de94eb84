package io.campaignlab.app.command;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.campaignlab.views.common.Formats;

import java.io.PrintWriter;
import java.util.Locale;

/** Writes command results: one JSON object with snake_case keys, or text for people. */
public final class Output {

    public static final ObjectMapper JSON = io.campaignlab.engine.json.Json.snakeCaseIsoTimes();

    private final PrintWriter out;

    public Output(PrintWriter out) {
        this.out = out;
    }

    public void json(Object value) {
        try {
            out.println(JSON.writeValueAsString(value));
            out.flush();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
        }
    }

    public void line(String format, Object... args) {
        out.println(args.length == 0 ? format : String.format(Locale.ROOT, format, args));
        out.flush();
    }

    /** 12,345 style. */
    public static String count(long n) {
        return Formats.count(n);
    }

    /** 1.2 MB style. */
    public static String bytes(long n) {
        return Formats.bytes(n);
    }
}
