package dev.crosswalk.server.cli;

import dev.crosswalk.Crosswalk;
import picocli.CommandLine.IVersionProvider;

/** Reports the packaged release version. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"crosswalk " + Crosswalk.version()};
    }
}
