package org.peermap.render;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.peermap.anonymise.Printed;
import org.peermap.model.Case;
import org.peermap.model.Incident;
import org.peermap.model.Person;
import org.peermap.model.Place;

/**
 * Themes of the chronology, as practitioners look for them: who is in the most incidents, which places
 * recur (a place with two or more incidents is marked as a possible hotspot), and when incidents happen
 * (time of day, day of the week) where times and days are known.
 */
final class Themes {
    private Themes() {}

    static void write(StringBuilder md, Case c, Printed printed) {
        md.append("## Themes\n\n");
        md.append("Incidents per person:\n\n| Person | Incidents |\n|---|---|\n");
        List<Person> people = new ArrayList<>(c.people());
        people.sort((a, b) -> Integer.compare(count(c, b), count(c, a)));
        for (Person p : people) {
            int n = count(c, p);
            if (n > 0) {
                Appendix.row(md, printed.person(p.id()), Integer.toString(n));
            }
        }
        md.append('\n');
        Map<String, Integer> perPlace = new LinkedHashMap<>();
        for (Place place : c.places()) {
            int n = (int) c.incidents().stream().filter(i -> i.place().filter(place.id()::equals).isPresent()).count();
            if (n > 0) {
                perPlace.put(place.id(), n);
            }
        }
        if (!perPlace.isEmpty()) {
            md.append("Incidents per place:\n\n| Place | Incidents | |\n|---|---|---|\n");
            perPlace.entrySet().stream().sorted((a, b) -> Integer.compare(b.getValue(), a.getValue()))
                    .forEach(e -> Appendix.row(md, printed.place(e.getKey()), Integer.toString(e.getValue()),
                            e.getValue() >= 2 ? "possible hotspot" : ""));
            md.append('\n');
        }
        List<LocalTime> times = c.incidents().stream().flatMap(i -> i.time().stream()).toList();
        if (!times.isEmpty()) {
            Map<String, Integer> bands = new LinkedHashMap<>();
            for (String band : List.of("night (00:00-05:59)", "morning (06:00-11:59)", "afternoon (12:00-17:59)",
                    "evening (18:00-23:59)")) {
                bands.put(band, 0);
            }
            for (LocalTime t : times) {
                String band = new ArrayList<>(bands.keySet()).get(t.getHour() / 6);
                bands.merge(band, 1, Integer::sum);
            }
            md.append("By time of day (").append(times.size()).append(" of ").append(c.incidents().size())
                    .append(" incidents have a time):\n\n| Time of day | Incidents |\n|---|---|\n");
            bands.forEach((band, n) -> Appendix.row(md, band, Integer.toString(n)));
            md.append('\n');
        }
        Map<DayOfWeek, Integer> days = new EnumMap<>(DayOfWeek.class);
        int dated = 0;
        for (Incident i : c.incidents()) {
            if (i.date().toLocalDate().isPresent()) {
                days.merge(i.date().toLocalDate().get().getDayOfWeek(), 1, Integer::sum);
                dated++;
            }
        }
        if (dated > 0) {
            md.append("By day of the week (").append(dated).append(" of ").append(c.incidents().size())
                    .append(" incidents have a full date):\n\n| Day | Incidents |\n|---|---|\n");
            for (DayOfWeek d : DayOfWeek.values()) {
                Appendix.row(md, d.getDisplayName(TextStyle.FULL, Locale.UK), Integer.toString(days.getOrDefault(d, 0)));
            }
            md.append('\n');
        }
    }

    private static int count(Case c, Person p) {
        return (int) c.incidents().stream().filter(i -> i.involved().contains(p.id())).count();
    }
}
