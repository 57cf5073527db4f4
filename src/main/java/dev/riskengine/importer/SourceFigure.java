package dev.riskengine.importer;

/**
 * One number read from a published source: the country as the source names it, the year, the
 * indicator code it fills, the value in the indicator's unit (a share of GDP as a percentage:
 * 5.65, not 0.0565) and where it was read ({@code 'Current US$'!BM10}).
 */
public record SourceFigure(String countryName, int year, String code, double value, String place) { }
