package dev.riskengine.model;

import java.io.Serializable;
import java.util.Objects;

/** A land border seen from {@code iso3}: one fact per direction, so rules never need to look both ways. */
public final class Border implements Serializable {
    private final String iso3;
    private final String neighbour;
    private final double lengthKm;
    private final String cell;

    public Border(String iso3, String neighbour, double lengthKm) {
        this(iso3, neighbour, lengthKm, null);
    }

    public Border(String iso3, String neighbour, double lengthKm, String cell) {
        this.iso3 = Objects.requireNonNull(iso3, "iso3");
        this.neighbour = Objects.requireNonNull(neighbour, "neighbour");
        this.lengthKm = lengthKm;
        this.cell = cell;
    }

    public String getIso3() { return iso3; }
    public String getNeighbour() { return neighbour; }
    public double getLengthKm() { return lengthKm; }
    /** Address of the Length_km cell this border was read from, null when built in code. */
    public String getCell() { return cell; }

    @Override public String toString() { return "Border(" + iso3 + " -> " + neighbour + ", " + lengthKm + " km)"; }
}
