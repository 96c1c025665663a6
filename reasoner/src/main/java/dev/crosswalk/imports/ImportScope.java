package dev.crosswalk.imports;

import java.util.Objects;

/** Whose reference data an import joins: everyone's (the public scope) or one organisation's alone. */
public record ImportScope(String organisation) {
    /** Public reference data, like the packaged sets. */
    public static final ImportScope PUBLIC = new ImportScope(null);

    /** Private to {@code organisation} (an already checked organisation id). */
    public static ImportScope of(String organisation) {
        return new ImportScope(Objects.requireNonNull(organisation));
    }

    public boolean isPublic() {
        return organisation == null;
    }

    @Override
    public String toString() {
        return isPublic() ? "public" : "organisation " + organisation;
    }
}
