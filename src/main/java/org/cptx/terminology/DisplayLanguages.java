package org.cptx.terminology;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.cptx.terminology.messages.DisplayMessages;
import org.cptx.terminology.model.ValueSetDefinition;
import org.cptx.terminology.valueset.ValueSetDefaults;

/**
 * The one place where an operation's display language is decided. The precedence, for every
 * operation:
 *
 * <ol>
 *   <li>the request's {@code displayLanguage} parameter ({@code language} in {@code $lookup});
 *   <li>the {@code Accept-Language} header;
 *   <li>the value set's own choice, for a ValueSet operation: the {@code displayLanguage} it sets
 *       as an expansion parameter, then its {@code language};
 *   <li>the request's {@code defaultDisplayLanguage} parameter.
 * </ol>
 *
 * <p>Where operations differ, {@link Use} says so, and only there: {@code $expand} puts the value
 * set's {@code displayLanguage} before the header and does not use the value set's {@code language}
 * (the HL7 conformance tests of expansions in a value set's language ask for exactly that);
 * operations that show one display ({@code $lookup}, {@code $expand}) take the header's first tag,
 * while validation keeps the whole list with its weights, checks its syntax and checks a display
 * against every language in it.
 */
public final class DisplayLanguages {

  /** What an operation does with the language, and where it departs from the common precedence. */
  public enum Use {
    LOOKUP(false, false, true),
    EXPAND(true, false, true),
    VALIDATE(false, true, false);

    private final boolean valueSetFirst;
    private final boolean valueSetLanguage;
    private final boolean oneLanguage;

    Use(boolean valueSetFirst, boolean valueSetLanguage, boolean oneLanguage) {
      this.valueSetFirst = valueSetFirst;
      this.valueSetLanguage = valueSetLanguage;
      this.oneLanguage = oneLanguage;
    }
  }

  private static final String TAG =
      "(\\*|[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*)(\\s*;\\s*q=[0-9.]{1,5})?";
  private static final Pattern LIST = Pattern.compile(TAG + "(\\s*,\\s*" + TAG + ")*");

  private DisplayLanguages() {}

  /**
   * The language (or, for validation, the weighted list) an operation uses; null when none is
   * named.
   *
   * @param valueSet the value set of a ValueSet operation, else null
   * @throws TerminologyException BAD_REQUEST when a list validation is given is not a language list
   */
  public static String resolve(LanguageRequest request, ValueSetDefinition valueSet, Use use) {
    List<String> order = new ArrayList<>();
    order.add(request.parameter());
    if (use.valueSetFirst) {
      order.add(valueSetChoice(valueSet, use));
    }
    order.add(use.oneLanguage ? first(request.acceptLanguage()) : request.acceptLanguage());
    if (!use.valueSetFirst) {
      order.add(valueSetChoice(valueSet, use));
    }
    order.add(request.fallback());
    for (String candidate : order) {
      if (candidate != null && !candidate.isBlank()) {
        return use == Use.VALIDATE ? checked(candidate) : candidate;
      }
    }
    return null;
  }

  /**
   * The tags of a language list, most wanted first, lower case, without those weighted {@code q=0}.
   */
  public static List<String> tags(String languages) {
    if (languages == null || languages.isBlank()) {
      return List.of();
    }
    return Arrays.stream(languages.split(","))
        .filter(l -> !l.replace(" ", "").contains("q=0") || l.contains("q=0."))
        .map(l -> l.split(";")[0].trim().toLowerCase(Locale.ROOT))
        .filter(l -> !l.isEmpty())
        .toList();
  }

  private static String valueSetChoice(ValueSetDefinition valueSet, Use use) {
    if (valueSet == null) {
      return null;
    }
    String parameter = ValueSetDefaults.displayLanguage(valueSet).orElse(null);
    if (parameter != null || !use.valueSetLanguage) {
      return parameter;
    }
    return valueSet.language();
  }

  /** The first tag of a header, without its weight; null for none or {@code *}. */
  private static String first(String header) {
    if (header == null || header.isBlank()) {
      return null;
    }
    String first = header.split(",")[0].split(";")[0].trim();
    return first.isEmpty() || first.equals("*") ? null : first;
  }

  private static String checked(String value) {
    if (!LIST.matcher(value.trim()).matches()) {
      throw DisplayMessages.invalidLanguage(value);
    }
    return value.trim();
  }
}
