package org.cptx.fhir.request;

/** One row of an operation's parameter table. */
public record ParamSpec(String name, ParamType type, boolean repeats) {

  public static ParamSpec one(String name, ParamType type) {
    return new ParamSpec(name, type, false);
  }

  public static ParamSpec many(String name, ParamType type) {
    return new ParamSpec(name, type, true);
  }
}
