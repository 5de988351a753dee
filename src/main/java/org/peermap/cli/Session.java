package org.peermap.cli;

import java.io.InputStream;
import java.io.PrintWriter;

/** The streams and terminal facts one run of the command line works with; injected so tests run in-process. */
record Session(InputStream in, PrintWriter out, PrintWriter err, boolean terminal) {}
