/**
 * Where the libraries' own log lines go. Apache POI and XmlBeans log through log4j-api; they are
 * routed here (not printed with their stack traces) so that a workbook read turns what POI
 * reports into the engine's one located line ({@link dev.riskengine.logging.LibraryErrors}).
 * Drools logs through slf4j-simple, configured in simplelogger.properties.
 */
package dev.riskengine.logging;
