package org.peermap.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.peermap.Peermap;
import org.peermap.cli.Main;
import org.peermap.model.ActionStatus;
import org.peermap.model.AnonymiseMode;
import org.peermap.model.Arrow;
import org.peermap.model.Known;
import org.peermap.model.LineStyle;
import org.peermap.model.Named;
import org.peermap.model.PersonKind;
import org.peermap.model.PlaceKind;
import org.peermap.model.RelationshipType;
import org.peermap.model.Risk;
import org.peermap.model.WhereaboutsKind;

/**
 * {@code peermap schema} and docs/peermap.schema.json: the command prints the committed copy; every example and
 * every good golden file validates; golden files with structural faults are rejected at the right place; and the
 * schema's fields and fixed values are the checker's own, so neither can change without the other.
 */
class SchemaTest {
    private static final Path CHECK = Path.of("src/test/resources/check");
    private static final Path RESOURCE = Path.of("src/main/resources/org/peermap/cli/peermap.schema.json");

    private static JsonNode schema() throws IOException {
        return new ObjectMapper().readTree(Files.readString(YamlJson.SCHEMA, StandardCharsets.UTF_8));
    }

    private static JsonNode def(String name) throws IOException {
        return schema().get("$defs").get(name);
    }

    // --- the command and the committed copy

    @Test
    void commandPrintsTheCommittedCopyByteForByte() throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(new String[] {"schema"}, new ByteArrayInputStream(new byte[0]), new PrintWriter(out),
                new PrintWriter(err), false);
        assertEquals(0, status, err.toString());
        assertEquals("", err.toString());
        assertEquals(Files.readString(YamlJson.SCHEMA, StandardCharsets.UTF_8), out.toString(),
                "docs/peermap.schema.json differs from what peermap schema prints: copy " + RESOURCE + " there");
        assertEquals(-1L, Files.mismatch(RESOURCE, YamlJson.SCHEMA));
    }

    @Test
    void schemaIsValidDraft202012() throws IOException {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        var meta = factory.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        assertEquals(Set.of(), meta.validate(schema()));
        assertEquals("https://json-schema.org/draft/2020-12/schema", schema().get("$schema").asText());
        assertEquals(2, schema().get("oneOf").size(), "one document: a case file or a part file");
    }

    @Test
    void everyFieldHasAPlainWordsDescription() throws IOException {
        List<String> missing = new ArrayList<>();
        for (var def : iterable(schema().get("$defs").fields())) {
            assertTrue(def.getValue().hasNonNull("description"), def.getKey() + " has a description");
            JsonNode properties = def.getValue().get("properties");
            if (properties == null) {
                continue;
            }
            for (var field : iterable(properties.fields())) {
                String description = field.getValue().path("description").asText("");
                if (def.getKey().equals("case") && field.getKey().equals("key")) {
                    continue; // its entries are described by keyEntry
                }
                if (description.length() < 12) {
                    missing.add(def.getKey() + "." + field.getKey());
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    // --- what validates and what does not

    static Stream<Path> goodFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> examples = Files.walk(Path.of("examples"))) {
            examples.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(files::add);
        }
        try (Stream<Path> ok = Files.list(CHECK)) {
            // ok-h-blank-line-tab: a tab on a blank line, which peermap reads and SnakeYAML (used here) does not
            ok.filter(p -> p.getFileName().toString().matches("ok-.*\\.yaml"))
                    .filter(p -> !p.getFileName().toString().equals("ok-h-blank-line-tab.yaml")).sorted()
                    .forEach(files::add);
        }
        assertTrue(files.size() > 20, "the examples and good golden files were found");
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("goodFiles")
    void everyExampleAndGoodGoldenFileValidates(Path file) {
        assertEquals(Set.of(), YamlJson.validate(YamlJson.read(file)), file.toString());
    }

    @ParameterizedTest(name = "{0} is rejected at {1} ({2})")
    @CsvSource({
        // wrong type
        "bad-title-list.yaml, $.title, type",
        "bad-people-list.yaml, $.people, type",
        "bad-relationships-mapping.yaml, $.relationships, type",
        "bad-h-incident-list.yaml, $.incidents.fight-june, type",
        "bad-focus-yes.yaml, $.people.tobias.focus, enum",
        "bad-age-not-number.yaml, $.people.tobias.age, pattern",
        "bad-age-too-old.yaml, $.people.tobias.age, maximum",
        // unknown key
        "bad-unknown-top-field-narative.yaml, $, additionalProperties",
        "bad-unknown-person-field.yaml, $.people.tobias, additionalProperties",
        "bad-unknown-incident-field.yaml, $.incidents.fight-june, additionalProperties",
        "bad-unknown-relationship-field.yaml, $.relationships[0], additionalProperties",
        // bad fixed value
        "bad-anonymise-mode.yaml, $.anonymise, enum",
        "bad-kind-unknown.yaml, $.people.tobias.kind, enum",
        "bad-place-kind.yaml, $.places.rowan.kind, enum",
        "bad-whereabouts-as.yaml, $.whereabouts[1].as, enum",
        "bad-key-line-unknown.yaml, $.key.sibling.line, enum",
        "bad-x-known-value.yaml, $.relationships[0].known, enum",
        "bad-peermap-version-2.yaml, $.peermap, enum",
        // bad date, time, code or reference
        "bad-incident-date-format.yaml, $.incidents.fight-june.date, pattern",
        "bad-incident-date-feb-30.yaml, $.incidents.fight-june.date, pattern",
        "bad-incident-month-13.yaml, $.incidents.fight-june.date, pattern",
        "bad-prepared-date-uk.yaml, $.prepared, pattern",
        "bad-since-date.yaml, $.relationships[0].since, pattern",
        "bad-incident-time-25.yaml, $.incidents.fight-june.time, pattern",
        "bad-code-pattern.yaml, $.people.tobias.code, pattern",
        "bad-reference-slash.yaml, $.reference, pattern",
        "bad-key-colour.yaml, $.key.sibling.colour, pattern",
        // missing required
        "bad-missing-title.yaml, $, required",
        "bad-missing-reference.yaml, $, required",
        "bad-no-people.yaml, $, required",
        "bad-incident-missing-date.yaml, $.incidents.fight-june, required",
        "bad-whereabouts-missing-person.yaml, $.whereabouts[1], required",
        "bad-key-custom-no-label.yaml, $.key.sibling, required",
        "bad-from-without-to.yaml, $.relationships[0], dependentRequired",
        "bad-people-empty-mapping.yaml, $.people, minProperties",
    })
    void goldenFileWithAStructuralFaultIsRejected(String file, String at, String keyword) {
        Set<ValidationMessage> messages = YamlJson.validate(YamlJson.read(CHECK.resolve(file)));
        assertFalse(messages.isEmpty(), file + " validates");
        assertTrue(messages.stream().anyMatch(m -> m.getInstanceLocation().toString().equals(at)
                && m.getType().equals(keyword)), file + ": no '" + keyword + "' at " + at + " in " + messages);
    }

    @Test
    void aPartFileValidatesAndAPartMayNotHoldCaseFields() {
        assertEquals(Set.of(), YamlJson.validate(YamlJson.read("peermap-part: 1\nagency: Police\npeople:\n"
                + "  ab: {name: Zed Invented}\n")));
        assertFalse(YamlJson.validate(YamlJson.read("peermap-part: 1\nagency: Police\ntitle: Peer map\n")).isEmpty());
        assertFalse(YamlJson.validate(YamlJson.read("peermap-part: 1\npeople: {}\n")).isEmpty(), "agency is required");
        // a case with parts may leave its people and an incident's fields to them
        assertEquals(Set.of(), YamlJson.validate(YamlJson.read("peermap: 1\ntitle: T\nreference: R-1\n"
                + "parts: [police.yaml]\nincidents:\n  fight: {what: Fight}\n")));
    }

    // --- the schema says what the checker says

    /** Whether the checker finds no error in a case file. */
    private static boolean checks(String yaml) {
        return Peermap.check("case.yaml", yaml.getBytes(StandardCharsets.UTF_8), false).result().diagnostics()
                .stream().noneMatch(org.peermap.diagnostic.Diagnostic::isError);
    }

    private static boolean validates(String yaml) {
        return YamlJson.validate(YamlJson.read(yaml)).isEmpty();
    }

    private static String caseWith(String prepared, String reference, String code, String age, String date,
            String time) {
        return "peermap: 1\ntitle: Peer map\nreference: " + reference + "\nprepared: " + prepared + "\npeople:\n"
                + "  ab: {name: Zed Invented, code: " + code + ", age: " + age + "}\n"
                + "  cd: {name: Quill Madeup}\nrelationships:\n  - between: [ab, cd]\nincidents:\n"
                + "  fight: {what: Fight, date: " + date + ", time: \"" + time + "\", involved: [ab, cd]}\n";
    }

    private static void agree(String yaml, String value) {
        assertEquals(checks(yaml), validates(yaml), "checker and schema disagree on " + value);
    }

    @Test
    void theCaseTheAgreementTestsVaryChecksAndValidates() {
        String good = caseWith("2019-11-20", "CS-1", "AB", "15", "2019-05-11", "22:10");
        assertTrue(checks(good), "the checker accepts the case");
        assertTrue(validates(good), "the schema accepts the case");
        String bad = caseWith("2019-11-20", "CS-1", "AB", "15", "2019-02-29", "22:10");
        assertFalse(checks(bad), "the checker refuses 2019-02-29");
        assertFalse(validates(bad), "the schema refuses 2019-02-29");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2019-05-11", "2019-05", "2019-02-29", "2020-02-29", "1900-02-29", "2000-02-29",
        "2100-02-29", "2096-02-29", "1904-02-29", "2100-12-31", "1900-01-01", "1899-12-31", "2101-01", "2019-13",
        "2019-00", "2019-00-10", "2019-04-31", "2019-04-30", "2019-12-32", "2019-5-1", "11/05/2019", "2019-05-11T10"})
    void datesAreTheCheckersDates(String date) {
        agree(caseWith("2019-11-20", "CS-1", "AB", "15", date, "10:00"), "the incident date " + date);
        if (date.length() != 7) {
            agree(caseWith(date, "CS-1", "AB", "15", "2019-05", "10:00"), "the prepared date " + date);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"22:10", "9:05", "09:05", "00:00", "23:59", "24:00", "23:60", "2210", "7", "123:00",
        "7:5"})
    void timesAreTheCheckersTimes(String time) {
        agree(caseWith("2019-11-20", "CS-1", "AB", "15", "2019-05", time), "the time " + time);
    }

    @ParameterizedTest
    @ValueSource(strings = {"CS-0001", "010", "a_b", "-x", "_x", "a/b", "a b", "Z",
        "A123456789012345678901234567890123456789012345678901234567890123",
        "A1234567890123456789012345678901234567890123456789012345678901234"})
    void referencesAreTheCheckersReferences(String reference) {
        agree(caseWith("2019-11-20", "\"" + reference + "\"", "AB", "15", "2019-05", "10:00"), "the reference "
                + reference);
    }

    @ParameterizedTest
    @ValueSource(strings = {"AB", "A1", "ABCD", "A", "ABCDE", "ab", "1A", "A-B"})
    void codesAreTheCheckersCodes(String code) {
        agree(caseWith("2019-11-20", "CS-1", code, "15", "2019-05", "10:00"), "the code " + code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "15", "+15", "015", "120", "121", "-1", "15.5", "fifteen", "\"15\""})
    void agesAreTheCheckersAges(String age) {
        agree(caseWith("2019-11-20", "CS-1", "AB", age, "2019-05", "10:00"), "the age " + age);
    }

    // --- drift: the schema's fields and values are the checker's

    private static Set<String> fields(String def) throws IOException {
        return new TreeSet<>(names(def(def).get("properties")));
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Set<String> sorted(Collection<String> names) {
        return new TreeSet<>(names);
    }

    @Test
    void everySectionHasExactlyTheCheckersFields() throws IOException {
        assertEquals(sorted(CaseChecker.FIELDS), fields("case"), "top level of a case file");
        assertEquals(sorted(PartsMerge.PART_FIELDS), fields("part"), "part file");
        assertEquals(sorted(PeopleSection.FIELDS), fields("person"), "a person");
        assertEquals(sorted(PlacesSection.FIELDS), fields("place"), "a place");
        assertEquals(sorted(RelationshipsSection.FIELDS), fields("relationship"), "a relationship");
        assertEquals(sorted(WhereaboutsSection.FIELDS), fields("whereabouts"), "a whereabouts entry");
        assertEquals(sorted(IncidentsSection.FIELDS), fields("incident"), "an incident");
        assertEquals(sorted(KeySection.FIELDS), fields("keyEntry"), "a key entry");
        assertEquals(sorted(ActionsSection.FIELDS), fields("action"), "an action");
        for (String def : List.of("case", "part", "person", "place", "relationship", "whereabouts", "incident",
                "keyEntry", "action")) {
            assertFalse(def(def).get("additionalProperties").asBoolean(true), def + " refuses unknown fields");
        }
    }

    private static List<String> values(JsonNode node) {
        List<String> values = new ArrayList<>();
        node.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static <E extends Enum<E> & Named> void sameWords(Class<E> type, JsonNode enumNode) {
        assertEquals(Named.words(type), values(enumNode), type.getSimpleName());
    }

    @Test
    void everyFixedSetHasExactlyTheCheckersWords() throws IOException {
        sameWords(AnonymiseMode.class, def("case").at("/properties/anonymise/enum"));
        sameWords(PersonKind.class, def("person").at("/properties/kind/enum"));
        sameWords(Risk.class, def("person").at("/properties/risk/enum"));
        sameWords(PlaceKind.class, def("place").at("/properties/kind/enum"));
        sameWords(WhereaboutsKind.class, def("whereabouts").at("/properties/as/enum"));
        sameWords(LineStyle.class, def("keyEntry").at("/properties/line/enum"));
        sameWords(Arrow.class, def("keyEntry").at("/properties/arrow/enum"));
        sameWords(ActionStatus.class, def("action").at("/properties/status/enum"));
        sameWords(Known.class, def("known").get("enum"));
        List<String> builtIn = RelationshipType.BUILT_IN.stream().map(RelationshipType::id).toList();
        assertEquals(builtIn, values(def("relationship").at("/properties/type/anyOf/0/enum")));
        assertEquals(builtIn, names(def("case").at("/properties/key/properties")));
        assertEquals(sorted(CssColours.names()), sorted(values(def("keyEntry").at("/properties/colour/anyOf/1/enum"))));
        assertEquals("^" + Context.ID.pattern() + "$", def("personId").get("pattern").asText());
    }

    private static <T> Iterable<T> iterable(java.util.Iterator<T> iterator) {
        return () -> iterator;
    }
}
