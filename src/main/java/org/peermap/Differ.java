package org.peermap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.peermap.anonymise.Anonymiser;
import org.peermap.anonymise.Printed;
import org.peermap.diff.CaseDiff;
import org.peermap.diff.Changes;
import org.peermap.diff.ChangesMarkdown;
import org.peermap.guard.LeakGuard;
import org.peermap.layout.LayoutException;
import org.peermap.model.AnonymiseMode;
import org.peermap.model.Case;
import org.peermap.model.Person;
import org.peermap.model.Relationship;
import org.peermap.model.RelationshipType;
import org.peermap.output.OutputFile;
import org.peermap.render.peer.Changed;
import org.peermap.render.peer.PeerMapRenderer;

/**
 * {@code peermap diff}: what changed between two versions of one case, as {@code <reference>-changes.md} and a
 * changes map {@code <reference>-changes-map.<format>}: the new version's peer map with what is new tagged and
 * what was removed drawn faded in its place. Every file is checked by the leak guard against the names of both
 * versions.
 */
public final class Differ {
    private Differ() {}

    /** A diff's files, its changes, what the user should be told, or why nothing may be written. */
    public record Diffed(List<OutputFile> files, Optional<Changes> changes, List<String> warnings,
            List<String> refusal) {
        public Diffed {
            files = List.copyOf(files);
            warnings = List.copyOf(warnings);
            refusal = List.copyOf(refusal);
        }

        static Diffed refused(String why) {
            return new Diffed(List.of(), Optional.empty(), List.of(), List.of(why));
        }
    }

    /**
     * The changes from {@code old} to {@code now}, printed as {@code options} ask, with a changes map in the asked
     * picture formats (none when {@code renderer} is empty); {@code from} and {@code to} name the versions.
     */
    public static Diffed diff(Case old, Case now, RenderOptions options, Optional<Renderer> renderer, String from,
            String to) {
        if (!old.reference().equals(now.reference())) {
            return Diffed.refused("the two files are of different cases (references " + old.reference() + " and "
                    + now.reference() + "); diff compares two versions of one case");
        }
        AnonymiseMode mode = options.anonymise().orElse(now.anonymise());
        if (mode == AnonymiseMode.NONE && !options.showNames()) {
            return Diffed.refused("anonymise mode 'none' prints real names; add --show-names to allow it, or choose"
                    + " letters, roles or initials");
        }
        // the whole versions, doubtful facts too (a fact now doubted is a change), numbered as the maps number them
        Printed was = Anonymiser.printed(old, mode, options.ages());
        Printed is = Anonymiser.printed(now, mode, options.ages());
        Changes changes = CaseDiff.of(old, now, was, is);
        List<OutputFile> files = new ArrayList<>(List.of(new OutputFile(now.reference() + "-changes.md",
                ChangesMarkdown.write(changes, now.reference(), now.marking(), from, to))));
        List<String> warnings = new ArrayList<>();
        Map<String, List<String>> drawn = new HashMap<>();
        if (renderer.isPresent() && options.formats().stream().anyMatch(f -> f != RenderOptions.Format.PDF)) {
            Case union = union(old.believed(), now.believed());
            Printed printed = Anonymiser.printed(union, mode, options.ages());
            PeerMapRenderer.Result map;
            try {
                // laid out from the old version's positions, so the panel sees the map it knows, with the changes
                RenderOptions like = options.like(renderer.get().positions(old, options));
                map = renderer.get().changesMap(union, printed, like, changed(old.believed(), now.believed()));
            } catch (LayoutException e) {
                throw new LayoutFailed(e.getMessage(), e.kind(), e);
            }
            warnings.addAll(map.warnings());
            files.addAll(Peermap.pictures(now.reference() + "-changes-map", map.scene(), options, drawn,
                    org.peermap.layout.Deadline.none()));
        }
        Set<String> leaks = new LinkedHashSet<>(LeakGuard.scan(now, files, drawn, is.containsNames()));
        leaks.addAll(LeakGuard.scan(old, files, drawn, is.containsNames()));
        if (!leaks.isEmpty()) {
            return new Diffed(List.of(), Optional.of(changes), warnings, List.copyOf(leaks));
        }
        return new Diffed(files, Optional.of(changes), warnings, List.of());
    }

    /**
     * The new version with the people and relationships only the old one has (removed people after the others,
     * so that the codes of everyone else are as the new version prints them). Incidents are the new version's.
     */
    static Case union(Case old, Case now) {
        List<Person> people = new ArrayList<>(now.people());
        Set<String> ids = new LinkedHashSet<>();
        now.people().forEach(p -> ids.add(p.id()));
        old.people().stream().filter(p -> !ids.contains(p.id())).forEach(p -> {
            people.add(p);
            ids.add(p.id());
        });
        List<Relationship> relationships = new ArrayList<>(now.relationships());
        removedLines(old, now).stream().filter(r -> ids.contains(r.a()) && ids.contains(r.b()))
                .forEach(relationships::add);
        List<RelationshipType> types = new ArrayList<>(now.types());
        for (RelationshipType t : old.types()) {
            if (types.stream().noneMatch(u -> u.id().equals(t.id()))) {
                types.add(t);
            }
        }
        return new Case("What changed: " + now.title(), now.reference(), now.prepared(), now.marking(), now.anonymise(), types, people,
                now.places(), relationships, now.whereabouts(), now.incidents(), now.narrative(), now.period(),
                now.review(), now.actions(), now.doubted(), now.provenance());
    }

    /** What the changes map marks: new people and relationships, and those the new version no longer has. */
    static Changed changed(Case old, Case now) {
        Set<String> added = new LinkedHashSet<>();
        now.people().stream().filter(p -> old.people().stream().noneMatch(o -> o.id().equals(p.id())))
                .forEach(p -> added.add(p.id()));
        Set<String> removed = new LinkedHashSet<>();
        old.people().stream().filter(p -> now.people().stream().noneMatch(n -> n.id().equals(p.id())))
                .forEach(p -> removed.add(p.id()));
        Set<Relationship> addedLines = new LinkedHashSet<>();
        now.relationships().stream().filter(r -> old.relationships().stream().noneMatch(o -> same(o, r)))
                .forEach(addedLines::add);
        return new Changed(added, removed, addedLines, new LinkedHashSet<>(removedLines(old, now)));
    }

    private static List<Relationship> removedLines(Case old, Case now) {
        return old.relationships().stream().filter(o -> now.relationships().stream().noneMatch(r -> same(o, r)))
                .toList();
    }

    /** The same relationship in two versions: the same people, type and (for a directed one) direction. */
    private static boolean same(Relationship a, Relationship b) {
        if (!a.type().id().equals(b.type().id()) || a.directed() != b.directed()) {
            return false;
        }
        return a.a().equals(b.a()) && a.b().equals(b.b()) || !a.directed() && a.a().equals(b.b()) && a.b().equals(b.a());
    }
}
