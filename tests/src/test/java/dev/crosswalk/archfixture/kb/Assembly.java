package dev.crosswalk.archfixture.kb;

import dev.crosswalk.archfixture.reason.Engine;

/** Fixture: the assembly calls the engine (allowed). */
public final class Assembly {
    public static String rulesText() {
        return "[r: (?a ?p ?b) -> (?b ?p ?a)]";
    }

    public int infer() {
        return new Engine().run();
    }
}
