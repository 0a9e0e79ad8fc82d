package org.cptx.terminology;

/** Every size limit of cptx in one place. */
public final class Limits {

  /** The longest value accepted for one parameter (a code, a display, a url). */
  public static final int MAX_PARAMETER_LENGTH = 4_096;

  /** The most values one request may carry, over all its parameters. */
  public static final int MAX_PARAMETERS = 1_000;

  /** The largest request body accepted, in bytes. */
  public static final long MAX_BODY_BYTES = 32L * 1024 * 1024;

  private Limits() {}
}
