package org.peermap.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/** {@code peermap help [COMMAND]}: the same as {@code peermap --help} or {@code peermap COMMAND --help}. */
@Command(name = "help", mixinStandardHelpOptions = true,
        header = "Print the help of peermap, or of one command: peermap help render.",
        description = "Print the commands of peermap, or with COMMAND that command's options.")
final class HelpCommand implements Runnable {

    @Parameters(arity = "0..1", paramLabel = "COMMAND", description = "A command, such as render.")
    String command;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        CommandLine top = spec.commandLine().getParent();
        CommandLine shown = command == null ? top : top.getSubcommands().get(command);
        if (shown == null) {
            throw new UnmatchedArgumentException(top, List.of(command));
        }
        shown.usage(shown.getOut(), shown.getColorScheme());
    }
}
