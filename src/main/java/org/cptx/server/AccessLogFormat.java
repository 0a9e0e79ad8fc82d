package org.cptx.server;

/** How the access log writes one line per request to standard output. */
public enum AccessLogFormat {
  /** The common log format, with the duration in milliseconds and the request id appended. */
  COMMON,
  /** One JSON object a line. */
  JSON,
  /** No access log. */
  OFF
}
