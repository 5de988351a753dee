package org.peermap.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code peermap schema}: prints the JSON Schema (draft 2020-12) of case files and part files, for editors that
 * check YAML as it is typed. The same text is kept as docs/peermap.schema.json.
 */
@Command(name = "schema", mixinStandardHelpOptions = true,
        header = "Print the JSON Schema of case files, for editors.",
        description = {
    "Print the JSON Schema (draft 2020-12) of a case file and of a part file (peermap-part: 1), with a",
    "description of every field, so that an editor such as VS Code can check a case file and explain",
    "its fields as you type. The same schema is docs/peermap.schema.json; see docs/editor.md.",
    "The editor checks the shape of a file; peermap check checks everything else."})
final class SchemaCommand implements Callable<Integer> {
    /** The schema, a resource beside this class. */
    static final String RESOURCE = "peermap.schema.json";

    @Mixin
    CommonOptions common;

    private final Session session;

    SchemaCommand(Session session) {
        this.session = session;
    }

    /** The schema's text, exactly as the resource holds it. */
    static String text() {
        return Resources.text(RESOURCE);
    }

    @Override
    public Integer call() {
        session.out().print(text());
        session.out().flush();
        return ExitCode.OK.status();
    }
}
