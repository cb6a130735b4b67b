package io.github.disclosureauditor.model;

/**
 * What a row code classifies: function classes (类/款/项, 3/5/7 digits starting with 2),
 * department economic classes (301, 30101), government economic classes (501, 50101), unit
 * codes and project codes.
 */
public enum CodeKind { NONE, FUNCTION, ECONOMIC, GOV_ECONOMIC, UNIT, PROJECT }
