import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Save-to-updated-page time of {@code peermap watch}: starts the real command on a copy of a case, follows its event
 * stream as the page does, and for each save (the title changed, written to a new file and renamed over the old one,
 * as editors do) times from the rename to the moment the page has fetched the redrawn content. The first saves warm
 * the JVM and are not counted.
 *
 * <p>Three kinds of save: {@code text} changes the title only (the people and lines stay, so Graphviz's earlier answers
 * are reused); {@code person} also adds a person connected to the first, as the analyst does when a professional
 * names someone: a different person at each save (the one added before taken out again), so every save is a new
 * graph laid out afresh (starting from where everyone was) while the case keeps its size, one more than it has;
 * {@code growing} keeps every person added, so the case grows by one at each save.
 *
 * <p>java WatchBench.java JAR ENGINE SAVES KIND CASE [CASE...]: prints one Markdown row per case.
 */
public class WatchBench {
    public static void main(String[] args) throws Exception {
        String jar = args[0];
        String engine = args[1];
        int saves = Integer.parseInt(args[2]);
        String kind = args[3];
        for (int i = 4; i < args.length; i++) {
            row(jar, engine, saves, kind, Path.of(args[i]));
        }
    }

    static void row(String jar, String engine, int saves, String kind, Path original) throws Exception {
        Path folder = Files.createTempDirectory("peermap-watch-bench-");
        // the case and whatever is beside it (its parts)
        try (Stream<Path> beside = Files.list(original.toAbsolutePath().getParent())) {
            for (Path p : beside.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                Files.copy(p, folder.resolve(p.getFileName()));
            }
        }
        Path file = folder.resolve(original.getFileName());
        String text = Files.readString(file);
        int people = people(text, folder);
        Process p = new ProcessBuilder("java", "-jar", jar, "watch", "--engine", engine, file.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        HttpClient http = HttpClient.newHttpClient();
        try {
            String url = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream())).readLine();
            BlockingQueue<Long> versions = new LinkedBlockingQueue<>();
            HttpResponse<Stream<String>> events = http.send(HttpRequest.newBuilder(URI.create(url + "events")).build(),
                    HttpResponse.BodyHandlers.ofLines());
            Thread t = new Thread(() -> {
                try {
                    events.body().filter(l -> l.startsWith("data: ")).forEach(l -> versions.add(Long.parseLong(
                            l.substring(6))));
                } catch (RuntimeException e) {
                    // ended
                }
            });
            t.setDaemon(true);
            t.start();
            long seen = versions.take();
            int warm = 3;
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < warm + saves; i++) {
                String next = text.replaceFirst("(?m)^title: .*$", "title: Bench save " + i);
                if (kind.equals("person") || kind.equals("growing")) {
                    String first = text.replaceFirst("(?s).*?\npeople:\n  ([A-Za-z0-9_-]+):.*", "$1");
                    StringBuilder added = new StringBuilder();
                    StringBuilder lines = new StringBuilder();
                    for (int k = kind.equals("person") ? i : 0; k <= i; k++) {
                        added.append("  added").append(k).append(":\n    name: Zed Quorrel").append(k)
                                .append("\n    age: 15\n");
                        lines.append("  - between: [added").append(k).append(", ").append(first)
                                .append("]\n    type: connection\n");
                    }
                    next = next.replaceFirst("\npeople:\n", "\npeople:\n" + added).replaceFirst("\nrelationships:\n",
                            "\nrelationships:\n" + lines);
                }
                Path temporary = folder.resolve(".save.tmp");
                Files.writeString(temporary, next);
                long start = System.nanoTime();
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                Long v = versions.poll(30, TimeUnit.SECONDS);
                while (v != null && v <= seen) {
                    v = versions.poll(30, TimeUnit.SECONDS);
                }
                if (v == null) {
                    throw new IOException("no redraw within 30 s");
                }
                seen = v;
                String view = http.send(HttpRequest.newBuilder(URI.create(url + "view")).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                long end = System.nanoTime();
                if (!view.contains("Bench save " + i)) {
                    throw new IOException("the page does not show save " + i);
                }
                if (i >= warm) {
                    times.add((end - start) / 1e6);
                }
                Thread.sleep(150);
            }
            Collections.sort(times);
            double median = times.get(times.size() / 2);
            double p90 = times.get((int) Math.ceil(times.size() * 0.9) - 1);
            double max = times.get(times.size() - 1);
            double target = people >= 30 && engine.equals("dot") ? 300 : 1000;
            System.out.printf("| %s | %d | %s | %s | %d | %.0f | %.0f | %.0f | < %.0f | %s |%n", original, people, engine,
                    kind, saves, median, p90, max, target, median < target && max < 1000 ? "met" : "MISSED");
        } finally {
            p.destroy();
            p.waitFor(10, TimeUnit.SECONDS);
            p.destroyForcibly();
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.sorted(Collections.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    /** The people of the case and its parts: entries under a top-level 'people:' indented by two spaces. */
    static int people(String text, Path folder) throws IOException {
        int n = count(text);
        try (Stream<Path> beside = Files.list(folder)) {
            for (Path p : beside.toList()) {
                String t = Files.readString(p);
                if (t.contains("peermap-part: 1")) {
                    n += count(t);
                }
            }
        }
        return n;
    }

    static int count(String text) {
        int n = 0;
        boolean in = false;
        for (String line : text.split("\n")) {
            if (!line.startsWith(" ") && !line.isBlank() && !line.startsWith("#")) {
                in = line.startsWith("people:");
            } else if (in && line.matches("  [A-Za-z0-9_-]+:.*")) {
                n++;
            }
        }
        return n;
    }
}
