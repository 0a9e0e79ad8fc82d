package org.cptx.server;

import io.prometheus.metrics.core.datapoints.CounterDataPoint;
import io.prometheus.metrics.core.datapoints.DistributionDataPoint;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Counts and times each FHIR request by what it asks for: an operation ({@code $lookup}, ...),
 * {@code read}, {@code search}, {@code metadata} or {@code batch}; anything else is {@code other},
 * so the label stays bounded whatever clients send.
 */
final class MetricsFilter implements Filter {

  static final Set<String> OPERATIONS =
      Set.of(
          "$lookup",
          "$validate-code",
          "$expand",
          "$translate",
          "$subsumes",
          "$batch-validate-code",
          "$versions");

  private final Metrics metrics;

  MetricsFilter(Metrics metrics) {
    this.metrics = metrics;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    long started = System.nanoTime();
    String operation = operation((HttpServletRequest) request);
    try {
      chain.doFilter(request, response);
    } finally {
      int status = ((HttpServletResponse) response).getStatus();
      Points counted = points.computeIfAbsent(operation, this::pointsOf);
      counted.requests(status).inc();
      counted.duration.observe((System.nanoTime() - started) / 1e9);
    }
  }

  /**
   * The data points of one operation, looked up once instead of by their label values on every
   * request (the labels are few: the operations, and the status codes).
   */
  private final class Points {
    final DistributionDataPoint duration;
    final String operation;
    final AtomicReferenceArray<CounterDataPoint> byStatus = new AtomicReferenceArray<>(600);

    Points(String operation) {
      this.operation = operation;
      this.duration = metrics.durations.labelValues(operation);
    }

    CounterDataPoint requests(int status) {
      if (status < 0 || status >= byStatus.length()) {
        return metrics.requests.labelValues(operation, String.valueOf(status));
      }
      CounterDataPoint point = byStatus.get(status);
      if (point == null) {
        point = metrics.requests.labelValues(operation, String.valueOf(status));
        byStatus.set(status, point);
      }
      return point;
    }
  }

  private final Map<String, Points> points = new ConcurrentHashMap<>();

  private Points pointsOf(String operation) {
    return new Points(operation);
  }

  /** What a request under /fhir asks for, from its path. */
  static String operation(HttpServletRequest request) {
    String path = request.getPathInfo() == null ? "" : request.getPathInfo();
    String[] parts = trimSlashes(path).split("/");
    String last = parts[parts.length - 1];
    if (last.startsWith("$")) {
      return OPERATIONS.contains(last) ? last : "other";
    }
    if (path.isEmpty() || path.equals("/")) {
      return "POST".equals(request.getMethod()) ? "batch" : "other";
    }
    if (parts.length == 1) {
      return parts[0].equals("metadata") ? "metadata" : "search";
    }
    return parts.length == 2 ? "read" : "other";
  }

  /** The path without the slashes it starts and ends with. */
  private static String trimSlashes(String path) {
    int from = 0;
    int to = path.length();
    while (from < to && path.charAt(from) == '/') {
      from++;
    }
    while (to > from && path.charAt(to - 1) == '/') {
      to--;
    }
    return path.substring(from, to);
  }
}
