package org.cptx.terminology;

/**
 * The display languages a request names, raw, as the client gave them; {@link DisplayLanguages}
 * decides which one an operation uses.
 *
 * @param parameter the {@code displayLanguage} parameter (or {@code $lookup}'s {@code language}),
 *     or null
 * @param acceptLanguage the {@code Accept-Language} header, or null
 * @param fallback the {@code defaultDisplayLanguage} parameter: the language wanted when nothing
 *     else names one, or null
 */
public record LanguageRequest(String parameter, String acceptLanguage, String fallback) {

  /** A request that names no language. */
  public static final LanguageRequest NONE = new LanguageRequest(null, null, null);
}
