package org.peermap.legibility;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.peermap.Engine;
import org.peermap.Peermap;
import org.peermap.RenderOptions;
import org.peermap.Renderer;
import org.peermap.layout.Layout;
import org.peermap.model.Case;

/**
 * How far the people two versions of a case share move between their peer maps, with and without {@code render
 * --like}: for each pair of consecutive versions, the median distance (layout points) a kept person moves, after
 * both layouts are centred on their kept people (moving the whole map is not a move). Prints one Markdown table.
 *
 * <pre>java -cp target/peermap.jar:target/test-classes org.peermap.legibility.Movement ENGINE V1 V2 [V3 ...]</pre>
 */
public final class Movement {
    private Movement() {}

    public static void main(String[] args) throws Exception {
        Engine engine = Engine.valueOf(args[0].toUpperCase(Locale.ROOT));
        Renderer renderer = Peermap.renderer(engine, Duration.ofSeconds(300));
        RenderOptions options = new RenderOptions(EnumSet.of(RenderOptions.Format.SVG), Optional.empty(), false, true);
        System.out.println("| versions (" + args[0] + ") | people kept | median move, fresh layout (pt) | median"
                + " move, --like (pt) | target |");
        System.out.println("|---|---:|---:|---:|---|");
        boolean met = true;
        for (int i = 2; i < args.length; i++) {
            Case old = load(args[i - 1]);
            Case now = load(args[i]);
            Map<String, Layout.XY> before = renderer.positions(old, options);
            Map<String, Layout.XY> fresh = renderer.positions(now, options);
            Map<String, Layout.XY> like = renderer.positions(now, options.like(before));
            List<String> kept = before.keySet().stream().filter(fresh::containsKey).sorted().toList();
            double withOut = median(before, fresh, kept);
            double with = median(before, like, kept);
            boolean ok = with < withOut || withOut == 0;
            met &= ok;
            System.out.printf(Locale.ROOT, "| %s -> %s | %d | %.1f | %.1f | less with --like%s |%n",
                    Path.of(args[i - 1]).getFileName(), Path.of(args[i]).getFileName(), kept.size(), withOut, with,
                    ok ? "" : " MISS");
        }
        System.exit(met ? 0 : 1);
    }

    /** The median distance the kept people move from {@code a} to {@code b}, each centred on its kept people. */
    public static double median(Map<String, Layout.XY> a, Map<String, Layout.XY> b, List<String> kept) {
        if (kept.isEmpty()) {
            return 0;
        }
        Layout.XY ca = centre(a, kept);
        Layout.XY cb = centre(b, kept);
        List<Double> moves = new ArrayList<>();
        for (String id : kept) {
            Layout.XY p = a.get(id);
            Layout.XY q = b.get(id);
            moves.add(Math.hypot((q.x() - cb.x()) - (p.x() - ca.x()), (q.y() - cb.y()) - (p.y() - ca.y())));
        }
        moves.sort(Double::compare);
        int n = moves.size();
        return n % 2 == 1 ? moves.get(n / 2) : (moves.get(n / 2 - 1) + moves.get(n / 2)) / 2;
    }

    private static Layout.XY centre(Map<String, Layout.XY> at, List<String> kept) {
        double x = 0;
        double y = 0;
        for (String id : kept) {
            x += at.get(id).x();
            y += at.get(id).y();
        }
        return new Layout.XY(x / kept.size(), y / kept.size());
    }

    private static Case load(String file) throws Exception {
        Peermap.Checked checked = Peermap.check(file, Files.readAllBytes(Path.of(file)), false);
        return checked.result().checked().orElseThrow(() -> new IllegalArgumentException(file + " has errors: "
                + checked.result().diagnostics()));
    }
}
