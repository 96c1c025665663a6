package dev.crosswalk.suggest;

/** Which evidence ranks the candidates: both (the engine), or one alone (the baselines it is measured against). */
public enum Mode {
    COMBINED, LEXICAL_ONLY, CHAINING_ONLY
}
