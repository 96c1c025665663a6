package dev.crosswalk.organisation;

import java.util.regex.Pattern;

/**
 * Who made a change, as recorded in an organisation's history: an IRI-safe id (e.g.
 * {@code key/3f2a9c0d1e4b5a67}) and a readable name (the key's owner).
 */
public record Actor(String id, String name) {
    private static final Pattern ID = Pattern.compile("^[a-z0-9][a-z0-9/-]{0,80}$");

    public Actor {
        if (id == null || !ID.matcher(id).matches()) throw new IllegalArgumentException("Invalid actor id: " + id);
        if (name == null || name.isBlank()) throw new IllegalArgumentException("An actor needs a name");
    }
}
