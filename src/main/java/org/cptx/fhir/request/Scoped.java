package org.cptx.fhir.request;

import org.cptx.terminology.RequestContent;

/**
 * A typed request and what the request brings beside it (its own resources, the supplements it
 * names).
 */
public record Scoped<R>(RequestContent content, R request) {}
