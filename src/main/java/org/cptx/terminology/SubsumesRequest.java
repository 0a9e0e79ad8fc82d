package org.cptx.terminology;

/**
 * A typed $subsumes request: two codes of one code system.
 *
 * @param version the code system version, or null for the latest
 */
public record SubsumesRequest(String system, String version, String codeA, String codeB) {}
