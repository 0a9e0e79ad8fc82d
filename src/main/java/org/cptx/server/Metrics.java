package org.cptx.server;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.exporter.servlet.jakarta.PrometheusMetricsServlet;
import io.prometheus.metrics.instrumentation.jvm.JvmMetrics;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import org.cptx.content.LoadedContent;
import org.cptx.terminology.CodeSystemProvider;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;

/**
 * {@code /metrics} in the Prometheus text format: {@code cptx_requests_total} by operation and
 * status, {@code cptx_request_duration_seconds} by operation, the content held ({@code
 * cptx_code_systems}, {@code cptx_concepts}), and the JVM's metrics. One registry per server, so
 * two servers in one JVM (tests) do not share counts.
 */
final class Metrics {

  final Counter requests;
  final Histogram durations;
  private final PrometheusRegistry registry = new PrometheusRegistry();

  private Metrics(LoadedContent content) {
    requests =
        Counter.builder()
            .name("cptx_requests_total")
            .help("FHIR requests answered, by operation and status")
            .labelNames("operation", "status")
            .register(registry);
    durations =
        Histogram.builder()
            .name("cptx_request_duration_seconds")
            .help("time to answer a FHIR request, by operation")
            .labelNames("operation")
            .classicOnly() // the text format shows classic buckets only; no native ones kept
            .register(registry);
    GaugeWithCallback.builder()
        .name("cptx_code_systems")
        .help("code system versions held")
        .callback(c -> c.call(content.registry().all().size()))
        .register(registry);
    GaugeWithCallback.builder()
        .name("cptx_concepts")
        .help("concepts held, over every code system version")
        .callback(c -> c.call(content.registry().all().stream().mapToLong(Metrics::concepts).sum()))
        .register(registry);
    JvmMetrics.builder().register(registry);
  }

  private static long concepts(CodeSystemProvider provider) {
    return provider.info().conceptCount();
  }

  /** Counts every FHIR request and serves {@code /metrics}. */
  static void install(ServletContextHandler context, LoadedContent content) {
    Metrics metrics = new Metrics(content);
    context.addFilter(
        new FilterHolder(new MetricsFilter(metrics)),
        "/fhir/*",
        EnumSet.of(DispatcherType.REQUEST));
    context.addServlet(
        new ServletHolder("metrics", new PrometheusMetricsServlet(metrics.registry)), "/metrics");
  }
}
