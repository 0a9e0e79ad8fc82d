package org.cptx.terminology;

/**
 * Why a request could not be answered at all (as opposed to a code-level result such as "invalid
 * code").
 */
public enum ErrorKind {
  /** The request itself is wrong: missing, unknown, malformed or contradictory parameters. */
  BAD_REQUEST,
  /** The thing asked about (a code system, a code, a resource) is not held by this server. */
  NOT_FOUND,
  /** The request is well formed but would cost too much to answer. */
  TOO_COSTLY,
  /** The request asks for something this server does not do (a method, a format). */
  NOT_SUPPORTED,
  /** The requested response format cannot be produced. */
  NOT_ACCEPTABLE
}
