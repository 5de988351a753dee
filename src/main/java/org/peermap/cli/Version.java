package org.peermap.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version printed by {@code peermap --version}, from the build. */
public final class Version implements IVersionProvider {

    public static String number() {
        Properties properties = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("/org/peermap/version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return properties.getProperty("version", "unknown");
    }

    /** The one line of {@code peermap --version}. */
    static String line() {
        // concat, not +: the first + in a run bootstraps invokedynamic string concatenation (milliseconds)
        return "peermap ".concat(number());
    }

    @Override
    public String[] getVersion() {
        return new String[] {line()};
    }
}
