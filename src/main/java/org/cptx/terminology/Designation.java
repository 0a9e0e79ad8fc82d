package org.cptx.terminology;

import org.hl7.fhir.r4.model.Coding;

/** A designation of a concept: a language, an optional use, and the text. */
public record Designation(String language, Coding use, String value) {}
