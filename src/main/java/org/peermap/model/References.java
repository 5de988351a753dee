package org.peermap.model;

import java.util.regex.Pattern;

/** How free text refers to a person or place: {@code {id}}, the id in group 1 (spaces around it allowed). */
public final class References {
    public static final Pattern PATTERN = Pattern.compile("\\{([^{}\\r\\n]*)\\}");

    private References() {}
}
