package io.campaignlab.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process and captures what it printed. */
public record CliRun(int exitCode, String out, String err) {

    public static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = RootCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** Stdout parsed as exactly one JSON object (fails if there is anything else). */
    public JsonNode json() {
        try {
            ObjectMapper mapper = new ObjectMapper();
            var parser = mapper.createParser(out);
            JsonNode node = mapper.readTree(parser);
            if (parser.nextToken() != null) {
                throw new AssertionError("more than one JSON value on stdout: " + out);
            }
            if (node == null || !node.isObject()) {
                throw new AssertionError("stdout is not a JSON object: " + out);
            }
            return node;
        } catch (java.io.IOException e) {
            throw new AssertionError("stdout is not JSON: " + out, e);
        }
    }
}
