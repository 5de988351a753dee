package org.peermap.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.peermap.Peermap;
import org.peermap.model.Case;

/**
 * The cases the incident map is measured on: every example, two cases made by {@code bench/gen-case.sh}
 * (30 and 60 people, stored), and generated cases with overlapping incidents: a core of people who are at
 * many incidents, others at one or two, about one incident for every five people. All names are invented.
 */
final class IncidentCases {
    static final Path STORED = Path.of("src/test/resources/render/incident");

    private IncidentCases() {}

    /** Name and case file text. */
    static Map<String, byte[]> all() throws IOException {
        Map<String, byte[]> cases = new LinkedHashMap<>();
        try (Stream<Path> examples = Files.list(Path.of("examples"))) {
            for (Path p : examples.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                cases.put(p.getFileName().toString(), Files.readAllBytes(p));
            }
        }
        try (Stream<Path> stored = Files.list(STORED)) {
            for (Path p : stored.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                cases.put(p.getFileName().toString(), Files.readAllBytes(p));
            }
        }
        for (int people : new int[] {30, 45, 60}) {
            for (int seed = 1; seed <= 3; seed++) {
                cases.put("overlapping-" + people + "-" + seed, overlapping(people, seed).getBytes(StandardCharsets.UTF_8));
            }
        }
        return cases;
    }

    static Case check(String name, byte[] yaml) {
        Peermap.Checked checked = Peermap.check(name, yaml);
        return checked.result().checked().orElseThrow(() -> new AssertionError(name + " does not check: "
                + checked.result().diagnostics()));
    }

    /**
     * A case of {@code people} invented people and {@code people / 5} incidents of 2 to 8 people each;
     * nearly half of each incident's people come from a core of about a sixth of everyone, so many people
     * are at several incidents. Dates in 2019 and 2020, some on the same day; most incidents have a place.
     */
    static String overlapping(int people, long seed) {
        Random random = new Random(seed * 7919 + people);
        StringBuilder y = new StringBuilder();
        y.append("# Generated for the incident map's tests (overlapping incidents). All names are invented.\n");
        y.append("peermap: 1\ntitle: Overlapping incidents, ").append(people).append(" people\n");
        y.append("reference: OVERLAP-").append(people).append('-').append(seed).append('\n');
        y.append("prepared: 2020-12-01\nanonymise: letters\n\npeople:\n");
        for (int i = 1; i <= people; i++) {
            double r = random.nextDouble();
            String kind = i == 1 || r < 0.85 ? "young-person" : r < 0.95 ? "adult" : "professional";
            y.append(String.format("  q%03d:%n    name: Someone%03d Invented%n    code: %s%n", i, i, code(i)));
            if (i == 1) {
                y.append("    focus: true\n");
            }
            if (!kind.equals("young-person")) {
                y.append("    kind: ").append(kind).append('\n');
            }
            y.append("    age: ").append(kind.equals("young-person") ? 11 + random.nextInt(8) : 19 + random.nextInt(30))
                    .append('\n');
        }
        int placeCount = Math.max(2, people / 12);
        String[] kinds = {"estate", "street", "park", "school", "shop", "transport"};
        y.append("\nplaces:\n");
        for (int p = 1; p <= placeCount; p++) {
            y.append(String.format("  w%02d:%n    name: Inventedplace%02d Road%n    kind: %s%n", p, p,
                    kinds[random.nextInt(kinds.length)]));
        }
        int core = Math.max(3, people / 6);
        int incidents = Math.max(4, Math.round(people / 5f));
        String[] what = {"Stabbing", "Robbery", "Assault", "Missing episode", "Arrest for possession",
            "Fight after school", "Group stop and search"};
        y.append("\nincidents:\n");
        int month = 1;
        int day = 1;
        int year = 2019;
        for (int k = 1; k <= incidents; k++) {
            if (k == 1 || random.nextDouble() > 0.12) {
                day += 3 + random.nextInt(40);
                while (day > 28) {
                    day -= 28;
                    month++;
                }
                while (month > 12) {
                    month -= 12;
                    year++;
                }
            }
            int size = 2 + random.nextInt(Math.min(7, people - 1));
            int centre = 1 + random.nextInt(people);
            Set<Integer> in = new LinkedHashSet<>();
            while (in.size() < size) {
                int j = random.nextDouble() < 0.45 ? 1 + random.nextInt(core)
                        : centre + random.nextInt(25) - 12;
                if (j >= 1 && j <= people) {
                    in.add(j);
                }
            }
            List<String> ids = new ArrayList<>();
            in.forEach(j -> ids.add(String.format("q%03d", j)));
            y.append(String.format("  e%02d:%n    what: %s%n    date: %04d-%02d-%02d%n", k, what[random.nextInt(what.length)],
                    year, month, day));
            if (random.nextBoolean()) {
                y.append(String.format("    time: \"%02d:%02d\"%n", random.nextInt(24), random.nextInt(60)));
            }
            if (random.nextDouble() < 0.7) {
                y.append(String.format("    place: w%02d%n", 1 + random.nextInt(placeCount)));
            }
            y.append("    involved: [").append(String.join(", ", ids)).append("]\n");
        }
        y.append("\nnarrative: |\n  {q001} is the young person at the centre of this generated case.\n");
        return y.toString();
    }

    /** AA, AB, ... skipping nothing: codes for the generated people, so no warning about unpinned codes. */
    private static String code(int i) {
        int k = i - 1;
        return "" + (char) ('A' + k / 26 % 26) + (char) ('A' + k % 26);
    }
}
