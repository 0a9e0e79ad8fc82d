package org.cptx.fhir.response;

import org.cptx.terminology.ValidationResult;
import org.hl7.fhir.r4.model.CodeableConcept;

/**
 * What a $validate-code answer says: the engine's result, the CodeableConcept the request gave
 * (echoed back; null when none) and the {@code diagnostics} text (null when not asked for). {@link
 * ValidationResponse} makes it a {@code Parameters}; {@code fhir/encoding/ValidationAnswers} writes
 * it as JSON without one.
 */
public record ValidationAnswer(
    ValidationResult result, CodeableConcept codeableConcept, String diagnostics) {}
