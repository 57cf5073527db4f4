package dev.riskengine.cli;

import picocli.CommandLine.IVersionProvider;

/** The version comes from the jar's manifest, written by the build. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = RiskCommand.class.getPackage().getImplementationVersion();
        return new String[] {"Country Risk Engine " + (version == null ? "(development build)" : version)};
    }
}
