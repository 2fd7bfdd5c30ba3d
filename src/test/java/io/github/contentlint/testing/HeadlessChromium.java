package io.github.contentlint.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Opens a page in Debian's headless Chromium through the DevTools protocol (the JDK's own
 * WebSocket client, no browser driver), as a person would see it: the text the page shows
 * ({@code document.body.innerText}), a full-page screenshot, and every request the page made,
 * so that a test can prove the page needs no network. Used by the {@code report-html} IT;
 * {@link #find()} returns null where no Chromium is installed, and the caller skips with a message.
 */
public final class HeadlessChromium {

    private static final List<String> CANDIDATES = List.of(
            "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path executable;

    private HeadlessChromium(Path executable) {
        this.executable = executable;
    }

    /** The installed Chromium ({@code CHROMIUM} in the environment, else the usual paths), or null. */
    public static HeadlessChromium find() {
        String configured = System.getenv("CHROMIUM");
        List<String> candidates = new ArrayList<>();
        if (configured != null && !configured.isBlank()) {
            candidates.add(configured);
        }
        candidates.addAll(CANDIDATES);
        for (String candidate : candidates) {
            Path path = Path.of(candidate);
            if (Files.isExecutable(path)) {
                return new HeadlessChromium(path);
            }
        }
        return null;
    }

    public Path executable() {
        return executable;
    }

    /**
     * What the browser showed.
     *
     * @param text the page's visible text
     * @param title the document title
     * @param requests the URL of every request the page made, the page's own included
     * @param brokenAnchors in-page links ({@code href="#…"}) whose target element does not exist
     */
    public record Page(String text, String title, List<String> requests, List<String> brokenAnchors) {
    }

    /** Loads a page, saves a full-page PNG screenshot, and returns what the page showed. */
    public Page open(URI page, Path screenshot) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("contentlint-chromium");
        Process process = new ProcessBuilder(executable.toString(),
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-extensions", "--hide-scrollbars", "--user-data-dir=" + profile,
                "--remote-debugging-port=0", "--window-size=1200,900", "about:blank")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            int port = devToolsPort(process);
            String pageSocket = pageTarget(port);
            try (DevTools devTools = DevTools.connect(pageSocket)) {
                devTools.call("Network.enable", JSON.createObjectNode());
                devTools.call("Page.enable", JSON.createObjectNode());
                CountDownLatch loaded = devTools.await("Page.loadEventFired");
                devTools.call("Page.navigate", JSON.createObjectNode().put("url", page.toString()));
                if (!loaded.await(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                    throw new IOException("Chromium did not finish loading " + page);
                }
                String text = evaluate(devTools, "document.body.innerText");
                String title = evaluate(devTools, "document.title");
                String broken = evaluate(devTools, "Array.from(document.querySelectorAll('a[href^=\"#\"]'))"
                        + ".map(a => a.getAttribute('href').substring(1))"
                        + ".filter(id => !document.getElementById(id)).join('\\n')");
                JsonNode metrics = devTools.call("Page.getLayoutMetrics", JSON.createObjectNode());
                JsonNode size = metrics.path("cssContentSize");
                ObjectNode clip = JSON.createObjectNode().put("x", 0).put("y", 0)
                        .put("width", size.path("width").asDouble(1200))
                        .put("height", Math.min(size.path("height").asDouble(900), 16000)).put("scale", 1);
                ObjectNode capture = JSON.createObjectNode().put("format", "png").put("captureBeyondViewport", true);
                capture.set("clip", clip);
                JsonNode shot = devTools.call("Page.captureScreenshot", capture);
                Files.createDirectories(screenshot.toAbsolutePath().getParent());
                Files.write(screenshot, Base64.getDecoder().decode(shot.path("data").asText()));
                return new Page(text, title, List.copyOf(devTools.requests),
                        broken.isEmpty() ? List.of() : List.of(broken.split("\n")));
            }
        } finally {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            deleteQuietly(profile);
        }
    }

    private static String evaluate(DevTools devTools, String expression) throws IOException, InterruptedException {
        JsonNode result = devTools.call("Runtime.evaluate",
                JSON.createObjectNode().put("expression", expression).put("returnByValue", true));
        return result.path("result").path("value").asText();
    }

    /** Chromium prints {@code DevTools listening on ws://127.0.0.1:PORT/…} on standard error. */
    private static int devToolsPort(Process process) throws IOException {
        Pattern listening = Pattern.compile("DevTools listening on ws://[^:]+:(\\d+)/");
        BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        StringBuilder seen = new StringBuilder();
        String line;
        while (System.nanoTime() < deadline && (line = err.readLine()) != null) {
            Matcher matcher = listening.matcher(line);
            if (matcher.find()) {
                // keep draining stderr so that Chromium never blocks on a full pipe
                Thread drain = new Thread(() -> {
                    try {
                        while (err.readLine() != null) {
                            // discard
                        }
                    } catch (IOException e) {
                        // the browser is gone
                    }
                }, "chromium-stderr");
                drain.setDaemon(true);
                drain.start();
                return Integer.parseInt(matcher.group(1));
            }
            seen.append(line).append('\n');
        }
        throw new IOException("Chromium printed no DevTools address:\n" + seen);
    }

    private static String pageTarget(int port) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
                .timeout(TIMEOUT).build();
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode targets = JSON.readTree(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
            for (JsonNode target : targets) {
                if ("page".equals(target.path("type").asText())) {
                    return target.path("webSocketDebuggerUrl").asText();
                }
            }
            Thread.sleep(100);
        }
        throw new IOException("Chromium opened no page");
    }

    private static void deleteQuietly(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException e) {
            // a temporary profile left behind is harmless
        }
    }

    /** One DevTools session over a WebSocket: numbered calls and their answers, events by name. */
    private static final class DevTools implements WebSocket.Listener, AutoCloseable {

        private final AtomicInteger ids = new AtomicInteger();
        private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
        private final Map<String, CountDownLatch> events = new ConcurrentHashMap<>();
        private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
        private final StringBuilder partial = new StringBuilder();
        private WebSocket socket;

        static DevTools connect(String url) {
            DevTools devTools = new DevTools();
            devTools.socket = HttpClient.newHttpClient().newWebSocketBuilder()
                    .connectTimeout(TIMEOUT).buildAsync(URI.create(url), devTools).join();
            return devTools;
        }

        CountDownLatch await(String event) {
            return events.computeIfAbsent(event, e -> new CountDownLatch(1));
        }

        JsonNode call(String method, ObjectNode params) throws IOException, InterruptedException {
            int id = ids.incrementAndGet();
            CompletableFuture<JsonNode> answer = new CompletableFuture<>();
            pending.put(id, answer);
            ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
            message.set("params", params);
            socket.sendText(JSON.writeValueAsString(message), true).join();
            try {
                JsonNode response = answer.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
                if (response.has("error")) {
                    throw new IOException(method + " failed: " + response.get("error"));
                }
                return response.path("result");
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                throw new IOException(method + " got no answer", e);
            }
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                try {
                    JsonNode message = JSON.readTree(text);
                    if (message.has("id")) {
                        CompletableFuture<JsonNode> answer = pending.remove(message.get("id").asInt());
                        if (answer != null) {
                            answer.complete(message);
                        }
                    } else {
                        String method = message.path("method").asText();
                        if (method.equals("Network.requestWillBeSent")) {
                            requests.add(message.path("params").path("request").path("url").asText());
                        }
                        await(method).countDown();
                    }
                } catch (IOException e) {
                    // not JSON: not DevTools
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public void close() {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        }
    }
}
