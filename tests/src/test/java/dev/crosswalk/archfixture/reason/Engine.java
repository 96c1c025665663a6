package dev.crosswalk.archfixture.reason;

import dev.crosswalk.archfixture.kb.Assembly;

/** Fixture: the engine reads its rules from the assembly, the kb ⇄ reason cycle the review found. */
public final class Engine {
    public int run() {
        return Assembly.rulesText().length();
    }
}
