package org.peermap.cli;

import picocli.CommandLine.Command;

/** The top command: {@code peermap --help | --version} and the subcommands. */
@Command(name = "peermap", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Compiles YAML case files into anonymised peer maps and incident maps",
            "for safeguarding practitioners."},
        footer = {"", "Exit status: 0 success; 1 bad input; 2 usage error; 3 could not write output;",
            "4 internal error (run again with --stacktrace and report it)."})
final class PeermapCommand implements Runnable {
    private final Session session;

    PeermapCommand(Session session) {
        this.session = session;
    }

    @Override
    public void run() {
        session.err().println("peermap: say what to do: peermap check FILE... (see peermap --help)");
        session.err().flush();
        throw new UsageProblem();
    }

    /** No subcommand was given. */
    static final class UsageProblem extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageProblem() {
            super(null, null, false, false);
        }
    }
}
