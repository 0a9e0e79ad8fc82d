package org.cptx.terminology;

/** Every size limit of cptx in one place. */
public final class Limits {

  /** The longest value accepted for one parameter (a code, a display, a url). */
  public static final int MAX_PARAMETER_LENGTH = 4_096;

  /** The most values one request may carry, over all its parameters. */
  public static final int MAX_PARAMETERS = 1_000;

  /**
   * The largest request body accepted, in bytes, unless the server is started with another limit.
   */
  public static final long MAX_BODY_BYTES = 2L * 1024 * 1024;

  /**
   * The most digits a number in a request body may have (FHIR decimals keep 18 significant digits).
   */
  public static final int MAX_NUMBER_DIGITS = 64;

  /**
   * The largest exponent, either way, of a number in a request body (a double reaches about 308).
   */
  public static final int MAX_NUMBER_EXPONENT = 400;

  /** The most characters of what a client sent that an error message quotes. */
  public static final int MAX_ECHO = 200;

  /** The longest text of one error issue. */
  public static final int MAX_ERROR_TEXT = 2_000;

  /** How many requests the server works on at once; more wait (briefly) for a turn. */
  public static final int DEFAULT_MAX_CONCURRENT_REQUESTS = 32;

  /** How long a stopping server lets requests in flight finish, by default. */
  public static final int DEFAULT_SHUTDOWN_GRACE_SECONDS = 10;

  /** How long a request may wait for a turn before it is refused, in milliseconds. */
  public static final long MAX_QUEUE_WAIT_MILLIS = 15_000;

  /** How long a connection may stay idle, and a sender may take between bytes, in milliseconds. */
  public static final long IDLE_TIMEOUT_MILLIS = 30_000;

  /** How long a client may take to send the request line and headers, in milliseconds. */
  public static final long HEADER_TIMEOUT_MILLIS = 10_000;

  /** The longest regular expression a filter may use. */
  public static final int MAX_REGEX_LENGTH = 1_000;

  /** The most codes an unpaged expansion may hold; a larger value set must be paged or filtered. */
  public static final int MAX_EXPANSION = 1_000;

  /**
   * The most CPT codes one expansion may hold (the AMA distribution terms the reference server
   * follows): larger unpaged expansions are too costly, paged ones stop here.
   */
  public static final int MAX_CPT_EXPANSION = 1_000;

  /** The most units the {@code units} input of $validate-code accepts (far above any CMS MUE). */
  public static final int MAX_UNITS = 9_999;

  /** The most entries one batch Bundle may hold unless the server is started with another limit. */
  public static final int DEFAULT_BATCH_ENTRIES = 100;

  /** How deeply value sets may import each other. */
  public static final int MAX_VALUE_SET_DEPTH = 20;

  private Limits() {}
}
