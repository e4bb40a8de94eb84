package io.campaignlab.app.bench;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The load generator against a toy keep-alive server that stalls once for 600 ms: measured from the scheduled send
 * times, every request due during the stall is charged for its wait, so at 200 requests/s about 120 of the 400
 * measured requests wait (from 600 ms down to 0) and the p99 is above 400 ms, while a generator timing its actual
 * sends would see only its 4 connections' requests as slow (1%). Chunked and sized bodies are both read.
 */
class OpenLoopLoadTest {

    /** One request at a time across connections, so that the stall stops the whole server. */
    private static final Object LOCK = new Object();

    @Test
    void aStallIsChargedToEveryRequestScheduledDuringIt() throws Exception {
        AtomicBoolean stalled = new AtomicBoolean();
        AtomicLong served = new AtomicLong();
        long start = System.nanoTime();
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> accept(server, () -> {
                if (System.nanoTime() - start > 1_500_000_000L && stalled.compareAndSet(false, true)) {
                    sleep(600);
                }
                return served.incrementAndGet() % 2 == 0;
            }));
            acceptor.setDaemon(true);
            acceptor.start();
            OpenLoopLoad load = new OpenLoopLoad("127.0.0.1", server.getLocalPort(), "k", 4);
            LoadStage stage = load.run(200, 0.5, 2, r -> new OpenLoopLoad.Call("POST", "/x", "{\"a\":1}"));
            assertThat(stalled).isTrue();
            assertThat(stage.errors()).isZero();
            assertThat(stage.scheduled()).isEqualTo(400);
            assertThat(stage.ok()).isEqualTo(400);
            assertThat(stage.p50Ms()).isLessThan(100);
            assertThat(stage.p99Ms()).isGreaterThan(400);
            assertThat(stage.maxMs()).isGreaterThan(550);
        }
    }

    /** Serves every connection on its own thread; {@code chunked} stalls when it must and picks the framing. */
    private static void accept(ServerSocket server, java.util.function.BooleanSupplier chunked) {
        while (!server.isClosed()) {
            try {
                Socket s = server.accept();
                s.setTcpNoDelay(true);
                Thread t = new Thread(() -> serve(s, chunked));
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private static void serve(Socket socket, java.util.function.BooleanSupplier chunked) {
        try (socket; BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                StandardCharsets.ISO_8859_1)); OutputStream out = socket.getOutputStream()) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                int length = 0;
                for (String h = in.readLine(); h != null && !h.isEmpty(); h = in.readLine()) {
                    if (h.toLowerCase().startsWith("content-length:")) {
                        length = Integer.parseInt(h.substring(15).trim());
                    }
                }
                in.skip(length);
                String body = "{\"ok\":true}";
                boolean asChunks;
                synchronized (LOCK) {
                    asChunks = chunked.getAsBoolean();
                }
                String response = asChunks
                        ? "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + Integer.toHexString(body.length())
                        + "\r\n" + body + "\r\n0\r\n\r\n"
                        : "HTTP/1.1 200 OK\r\nContent-Length: " + body.length() + "\r\n\r\n" + body;
                out.write(response.getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
            }
        } catch (IOException ignored) {
            // the client closed its connection
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
