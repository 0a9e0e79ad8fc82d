package org.cptx.server;

import java.time.Instant;
import org.eclipse.jetty.server.CustomRequestLog;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.RequestLog;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.NanoTime;

/**
 * The access log: one line per request on standard output, written by Jetty once the answer is
 * sent. The common log format (Jetty's {@link CustomRequestLog}; bytes as sent, headers included)
 * ends with the duration in milliseconds and the request id; the JSON form carries the same fields
 * by name.
 */
final class AccessLogs {

  /** The common log format, then the duration in ms and the request id. */
  static final String COMMON_FORMAT =
      "%{client}a - %u %{dd/MMM/yyyy:HH:mm:ss ZZZ|GMT}t \"%r\" %s %O %{ms}T %{"
          + RequestIds.HEADER
          + "}o";

  private AccessLogs() {}

  /** The request log for this format, or null for none. */
  static RequestLog create(AccessLogFormat format) {
    return switch (format) {
      case OFF -> null;
      case COMMON -> new CustomRequestLog(AccessLogs::print, COMMON_FORMAT);
      case JSON -> AccessLogs::json;
    };
  }

  private static void json(Request request, Response response) {
    print(jsonLine(request, response));
  }

  private static void print(String line) {
    System.out.println(line);
  }

  static String jsonLine(Request request, Response response) {
    StringBuilder line = new StringBuilder(256).append('{');
    field(line, "time", Instant.ofEpochMilli(Request.getTimeStamp(request)).toString()).append(',');
    field(line, "client", Request.getRemoteAddr(request)).append(',');
    field(line, "method", request.getMethod()).append(',');
    field(line, "path", request.getHttpURI().getPathQuery()).append(',');
    line.append("\"status\":").append(response.getStatus()).append(',');
    line.append("\"bytes\":").append(Response.getContentBytesWritten(response)).append(',');
    line.append("\"durationMs\":")
        .append(NanoTime.millisSince(request.getBeginNanoTime()))
        .append(',');
    field(line, "requestId", response.getHeaders().get(RequestIds.HEADER));
    return line.append('}').toString();
  }

  private static StringBuilder field(StringBuilder line, String name, String value) {
    line.append('"').append(name).append("\":");
    if (value == null) {
      return line.append("null");
    }
    line.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> line.append("\\\"");
        case '\\' -> line.append("\\\\");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            line.append(String.format("\\u%04x", (int) c));
          } else {
            line.append(c);
          }
        }
      }
    }
    return line.append('"');
  }
}
