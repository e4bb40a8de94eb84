package io.campaignlab.app.segments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.campaignlab.app.cli.RootCommand;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process and keeps what it printed. */
record Cli(int exitCode, String out, String err) {

    static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = RootCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Cli(code, out.toString(), err.toString());
    }

    /** Stdout as exactly one JSON object. */
    JsonNode json() {
        try {
            ObjectMapper mapper = new ObjectMapper();
            var parser = mapper.createParser(out);
            JsonNode node = mapper.readTree(parser);
            if (parser.nextToken() != null || node == null || !node.isObject()) {
                throw new AssertionError("stdout is not exactly one JSON object: " + out);
            }
            return node;
        } catch (IOException e) {
            throw new AssertionError("stdout is not JSON: " + out, e);
        }
    }
}
