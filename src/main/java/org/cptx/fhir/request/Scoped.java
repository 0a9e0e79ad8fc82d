package org.cptx.fhir.request;

import org.cptx.terminology.Terminology;

/** A typed request and the engine to answer it with (the server's, plus any resources the request brought). */
public record Scoped<R>(Terminology terminology, R request) {}
