package org.peermap.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peermap.diagnostic.Diagnostic;
import org.peermap.diagnostic.Position;

class SourceReaderTest {

    static SourceDocument read(String yaml) {
        return SourceReader.read("t.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    static Mapping root(String yaml) {
        SourceDocument doc = read(yaml);
        assertEquals(List.of(), doc.diagnostics());
        return (Mapping) doc.root().orElseThrow();
    }

    @Test
    void everyScalarStaysTheTextAsWritten() {
        Mapping m = root("a: no\nb: 010\nc: 1:20\nd: 2019-05-11\ne: ~\nf: 1e3\ng:\n");
        List<String> values = m.entries().stream().map(e -> ((Scalar) e.value()).value()).toList();
        assertEquals(List.of("no", "010", "1:20", "2019-05-11", "~", "1e3", ""), values);
    }

    @Test
    void positionsAreOneBasedLineAndColumn() {
        Mapping m = root("top:\n  inner: [x, 'y']\n");
        Mapping inner = (Mapping) m.entries().get(0).value();
        Sequence seq = (Sequence) inner.entries().get(0).value();
        assertEquals(new Position(2, 3), inner.entries().get(0).key().start());
        assertEquals(new Position(2, 11), seq.items().get(0).start());
        assertEquals(new Position(2, 14), seq.items().get(1).start());
        assertTrue(((Scalar) seq.items().get(1)).quoted());
    }

    @Test
    void spanOffsetsCountCodePointsAcrossAccentsCrlfAndAstralCharacters() {
        String yaml = "a: Zo\u00eb \uD83D\uDE00\r\nb: \"{x}\"\r\n";
        SourceDocument doc = read(yaml);
        Mapping m = (Mapping) doc.root().orElseThrow();
        Scalar b = (Scalar) m.entries().get(1).value();
        assertEquals("\"{x}\"", doc.file().span(b.startOffset(), b.endOffset()));
        assertEquals(new Position(2, 4), doc.file().positionOf(b.startOffset()));
    }

    @Test
    void utf8ByteOrderMarkIsSkipped() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', ':', ' ', 'b', '\n'};
        SourceDocument doc = SourceReader.read("t.yaml", bom);
        assertFalse(doc.hasErrors());
        assertEquals(new Position(1, 1), ((Mapping) doc.root().orElseThrow()).entries().get(0).key().start());
    }

    @Test
    void billionLaughsIsRefusedAtTheFirstAliasWithoutExpanding() {
        StringBuilder yaml = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char p = (char) (c - 1);
            yaml.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                yaml.append(i == 0 ? "" : ",").append('*').append(p);
            }
            yaml.append("]\n");
        }
        SourceDocument doc = read(yaml.toString());
        assertTrue(doc.hasErrors());
        assertTrue(doc.root().isEmpty());
        Diagnostic alias = doc.diagnostics().stream().filter(d -> d.message().startsWith("aliases")).findFirst()
                .orElseThrow();
        assertEquals(2, alias.line());
    }

    @Test
    void hundredThousandDeepNestingIsRefusedWithOneDiagnostic() {
        String yaml = "a: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n";
        SourceDocument doc = read(yaml);
        assertEquals(1, doc.diagnostics().size(), doc.diagnostics().toString());
        Diagnostic d = doc.diagnostics().get(0);
        assertEquals("values are nested more than 64 levels deep", d.message());
        assertEquals(new Position(1, 3 + 64), new Position(d.line(), d.column()));
    }

    @Test
    void deepBlockNestingIsRefusedToo() {
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            yaml.append(" ".repeat(i)).append("k:\n");
        }
        SourceDocument doc = read(yaml.toString());
        assertTrue(doc.diagnostics().stream().anyMatch(d -> d.message().contains("nested more than 64")),
                doc.diagnostics().toString());
    }

    @Test
    void filesOverFiveMegabytesAreRefusedUnread() {
        byte[] big = new byte[SourceReader.MAX_BYTES + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        SourceDocument doc = SourceReader.read("big.yaml", big);
        assertEquals(1, doc.diagnostics().size());
        assertTrue(doc.diagnostics().get(0).message().startsWith("file is larger than 5 MB"));
    }

    @Test
    void everyTabInIndentationIsReported() {
        SourceDocument doc = read("a:\n\tb: 1\nc:\n  \td: 2\n");
        assertEquals(List.of(new Position(2, 1), new Position(4, 3)),
                doc.diagnostics().stream().map(d -> new Position(d.line(), d.column())).toList());
    }

    @Test
    void syntaxMessagesDoNotQuoteTheFile() {
        SourceDocument doc = read("title: Secretname: x\n");
        assertTrue(doc.hasErrors());
        assertTrue(doc.diagnostics().stream().noneMatch(d -> d.message().contains("Secretname")),
                doc.diagnostics().toString());
    }
}
