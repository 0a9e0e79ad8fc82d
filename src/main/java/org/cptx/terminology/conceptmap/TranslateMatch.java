package org.cptx.terminology.conceptmap;

/**
 * One mapping $translate found.
 *
 * @param system the system of the translated code (for a reverse translation: of the code asked
 *     about)
 * @param code the translated code (for a reverse translation: the code asked about)
 * @param equivalence the R4 equivalence of the mapping (equivalent, wider, narrower, ...), or null
 *     when not stated
 * @param originMap {@code url|version} of the concept map the mapping comes from
 * @param sourceSystem for a reverse translation, the system of the source code found; else null
 * @param sourceCode for a reverse translation, the source code found; else null
 */
public record TranslateMatch(
    String system,
    String code,
    String equivalence,
    String originMap,
    String sourceSystem,
    String sourceCode) {}
