package org.peermap.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.peermap.Renderer;
import org.peermap.watch.Preview;
import org.peermap.watch.PreviewServer;
import org.peermap.watch.Watching;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code peermap watch FILE}: a live preview for the meeting room, redrawn on every save. */
@Command(name = "watch", mixinStandardHelpOptions = true,
        header = "Show a case's maps in a browser, redrawn every time the file is saved.",
        sortOptions = false,
        description = {"Serves a live preview of the case on this machine only (127.0.0.1) and prints its address,",
            "which holds a secret: anyone without it gets 'not found'. The page shows the peer map and the incident",
            "map, the key and the narrative, and redraws within a second of each save of FILE or its parts. When the",
            "saved file has errors, the page lists them above the last maps drawn, marked not up to date.",
            "Nothing is written to disk. Ctrl-C stops it."})
final class WatchCommand implements Callable<Integer> {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    @Mixin
    CommonOptions common;

    @Parameters(arity = "1", paramLabel = "FILE", description = "The case file to follow.")
    String file;

    @Option(names = "--port", paramLabel = "N", description = "Serve on this port (default: a free one).")
    int port;

    @Option(names = "--no-language-check", description = "Do not warn of words that blame or adultify a child"
            + " (careful language).")
    boolean noLanguageCheck;

    @Mixin
    MapOptions map;

    @Mixin
    EngineOptions engine;

    @Spec
    CommandSpec spec;

    private final Session session;

    WatchCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "--port takes a port number from 1 to 65535, for"
                    + " example 8080 (leave it out for a free one)");
        }
        if (file.equals("-")) {
            throw new ParameterException(spec.commandLine(), "watch follows a file as it is saved; name the case"
                    + " file: peermap watch case.yaml");
        }
        if (!Files.isRegularFile(Path.of(file))) {
            session.err().println("peermap: " + file + ": " + (Files.isDirectory(Path.of(file)) ? "is a folder; name"
                    + " one case file in it" : "no such file") + " (watch follows one case file)");
            session.err().flush();
            return ExitCode.BAD_INPUT.status();
        }
        Renderer renderer = engine.renderer(spec);
        renderer.prepare();
        Preview preview = new Preview(file, renderer, map.toRenderOptions(spec), !noLanguageCheck);
        Preview.State first = preview.refresh();
        PreviewServer server;
        try {
            server = PreviewServer.start(preview, port);
        } catch (IOException e) {
            session.err().println("peermap: cannot serve on port " + port + " of 127.0.0.1 (" + RenderCommand.reason(e)
                    + "); leave out --port to take a free one");
            session.err().flush();
            return ExitCode.USAGE.status();
        }
        Watching watching = new Watching(preview, () -> said(preview.state()));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            watching.close();
            server.close();
            session.err().println("peermap watch: stopped; the address no longer answers");
            session.err().flush();
            stopped.countDown();
        }, "peermap-watch-stop"));
        session.out().println(server.url());
        session.out().flush();
        session.err().println("peermap watch: open the address above in a browser on this machine. It redraws"
                + " when " + file + " is saved" + (first.errors() == 0 ? ""
                        : "; the file has problems now, the page lists them") + ". Ctrl-C stops.");
        session.err().flush();
        watching.start();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ExitCode.OK.status();
    }

    private void said(Preview.State state) {
        long errors = state.errors();
        session.err().println(LocalTime.now().format(CLOCK) + " saved: " + (errors == 0 ? "redrawn"
                : errors + (errors == 1 ? " error" : " errors") + ", shown on the page"));
        session.err().flush();
    }
}
