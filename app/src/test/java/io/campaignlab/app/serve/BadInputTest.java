package io.campaignlab.app.serve;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Bad input acceptance table: each malformed request tried, the status and the one-line JSON reason it got. The
 * table is printed to stdout (the report quotes it). None is a 5xx.
 */
class BadInputTest {

    @TempDir
    static Path dir;
    static ServeFixture fixture;

    @BeforeAll
    static void start() {
        fixture = new ServeFixture(dir.resolve("ws")).publish("spring", 100.0, 0, ServeFixture.coupon("c10", 10, 0.5))
                .start();
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    /** One row: what was sent, with which key, and what must come back. */
    record Row(String name, String path, String key, String body, int status, String reason) {
    }

    static final String KEY = "<key>";

    static List<Row> rows() {
        String deep = "{\"user_id\": \"u\", \"context\": " + "{\"a\": ".repeat(100) + "1" + "}".repeat(100) + "}";
        return List.of(
                new Row("bad JSON", "/v1/decide", KEY, "{\"user_id\": ", 400, "invalid JSON: Unexpected end-of-input"),
                new Row("not an object", "/v1/decide", KEY, "[1, 2]", 400,
                        "the body must be a JSON object of the documented fields"),
                new Row("context not an object", "/v1/decide", KEY, "{\"user_id\": \"u\", \"context\": 3}", 400,
                        "context has the wrong type"),
                new Row("empty body", "/v1/decide", KEY, "", 400, "the request has no body; send a JSON object"),
                new Row("trailing garbage", "/v1/decide", KEY, "{\"user_id\": \"u\"} x", 400, "invalid JSON:"),
                new Row("deep nesting (100)", "/v1/decide", KEY, deep, 400, "invalid JSON: Document nesting depth"),
                new Row("nested context value", "/v1/decide", KEY, "{\"user_id\": \"u\", \"context\": {\"a\": [1]}}",
                        400, "context.a must be text, a finite number or a boolean"),
                new Row("10 MB body", "/v1/decide", KEY, "{\"user_id\": \"" + "x".repeat(10 << 20) + "\"}", 413,
                        "the body is larger than 65536 bytes"),
                new Row("no key", "/v1/decide", null, "{\"user_id\": \"u\"}", 401, "missing API key"),
                new Row("wrong key", "/v1/decide", "wrong", "{\"user_id\": \"u\"}", 401, "wrong API key"),
                new Row("no key on metrics", "/v1/metrics", null, null, 401, "missing API key"),
                new Row("unknown field", "/v1/decide", KEY, "{\"user_id\": \"u\", \"color\": 1}", 400,
                        "unknown field 'color'"),
                new Row("unknown campaign", "/v1/decide", KEY, "{\"user_id\": \"u\", \"campaign\": \"ghost\"}", 404,
                        "no published campaign 'ghost' is being served"),
                new Row("NaN in context", "/v1/decide", KEY, "{\"user_id\": \"u\", \"context\": {\"x\": NaN}}", 400,
                        "invalid JSON: Non-standard token 'NaN'"),
                new Row("1e999 in context", "/v1/decide", KEY, "{\"user_id\": \"u\", \"context\": {\"x\": 1e999}}",
                        400, "context.x must be text, a finite number or a boolean"),
                new Row("NaN feedback value", "/v1/feedback", KEY,
                        "{\"decision_id\": \"d\", \"event\": \"click\", \"value\": NaN}", 400, "invalid JSON:"),
                new Row("negative feedback value", "/v1/feedback", KEY,
                        "{\"decision_id\": \"d\", \"event\": \"click\", \"value\": -1}", 400,
                        "value must be a number from 0 to 1e12, was -1.0"),
                new Row("unknown event", "/v1/feedback", KEY, "{\"decision_id\": \"d\", \"event\": \"view\"}", 400,
                        "event must be click or conversion, was 'view'"),
                new Row("unknown decision", "/v1/feedback", KEY, "{\"decision_id\": \"d\", \"event\": \"click\"}",
                        404, "no decision 'd' was served"),
                new Row("missing user_id", "/v1/decide", KEY, "{\"context\": {}}", 400,
                        "user_id must be 1 to 200 characters"),
                new Row("201-character user_id", "/v1/decide", KEY, "{\"user_id\": \"" + "u".repeat(201) + "\"}",
                        400, "user_id must be 1 to 200 characters"),
                new Row("control character in user_id", "/v1/decide", KEY, "{\"user_id\": \"a\\u0000b\"}", 400,
                        "user_id must not hold control characters"),
                new Row("unicode user_id", "/v1/decide", KEY, "{\"user_id\": \"ユーザー🙂 é\"}", 200, null),
                new Row("unknown endpoint", "/v1/nothing", KEY, "{}", 404, "Endpoint POST /v1/nothing not found"));
    }

    @Test
    void everyMalformedRequestGetsA4xxWithAOneLineReason() throws Exception {
        List<String> table = new ArrayList<>();
        table.add(String.format(Locale.ROOT, "%-30s %6s  %s", "request", "status", "reason"));
        for (Row row : rows()) {
            HttpResponse<String> r = ServeFixture.send(request(row));
            String reason = r.statusCode() == 200 ? "(a decision)" : ServeFixture.json(r).get("error").asText();
            table.add(String.format(Locale.ROOT, "%-30s %6d  %s", row.name(), r.statusCode(), reason));
            assertThat(r.statusCode()).as(row.name() + ": " + r.body()).isEqualTo(row.status()).isLessThan(500);
            assertThat(r.body()).as(row.name()).doesNotContain("\n");
            if (row.reason() != null) {
                assertThat(reason).as(row.name()).startsWith(row.reason());
            }
        }
        System.out.println(String.join("\n", table));
        HttpResponse<String> health = ServeFixture.send(HttpRequest.newBuilder(fixture.uri("/v1/health")).build());
        assertThat(health.statusCode()).isEqualTo(200);
    }

    private static HttpRequest request(Row row) {
        HttpRequest.Builder b = HttpRequest.newBuilder(fixture.uri(row.path()));
        if (row.key() != null) {
            b.header("Authorization", "Bearer " + (row.key().equals(KEY) ? fixture.service.apiKey() : row.key()));
        }
        return row.body() == null ? b.GET().build() : b.POST(HttpRequest.BodyPublishers.ofString(row.body())).build();
    }
}
