package dev.riskengine.model;

/** The three dimensions of risk that rules score, following INFORM's hazard / exposure / vulnerability split. */
public enum Dimension {
    THREAT, EXPOSURE, VULNERABILITY
}
