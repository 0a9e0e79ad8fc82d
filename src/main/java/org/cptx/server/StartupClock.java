package org.cptx.server;

import java.lang.management.ManagementFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs how long each start-up phase took, in wall time and in the process's CPU time (all threads,
 * the JIT and the GC included), on the logger {@code org.cptx.startup} at debug level. Off by
 * default; on with {@code -Dcptx.startupLog=DEBUG}. When off it reads no clock but {@code
 * nanoTime}, and loads no management class.
 */
public final class StartupClock {

  static final Logger LOG = LoggerFactory.getLogger("org.cptx.startup");

  private final long started = System.nanoTime();
  private long last = started;
  private long lastCpu;

  public StartupClock() {
    lastCpu = cpuNanos();
  }

  /** Logs the time since the previous lap (or since the clock was made) under this name. */
  public void lap(String phase) {
    if (!LOG.isDebugEnabled()) {
      return;
    }
    long now = System.nanoTime();
    long cpu = cpuNanos();
    LOG.debug(
        "{}: {} ms wall, {} ms CPU (since start: {} ms wall; JVM up {} ms, process CPU {} ms)",
        phase,
        millis(now - last),
        millis(cpu - lastCpu),
        millis(now - started),
        ManagementFactory.getRuntimeMXBean().getUptime(),
        millis(cpu));
    last = now;
    lastCpu = cpu;
  }

  private static long cpuNanos() {
    if (!LOG.isDebugEnabled()) {
      return 0;
    }
    return ManagementFactory.getOperatingSystemMXBean()
            instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime()
        : 0;
  }

  private static long millis(long nanos) {
    return nanos / 1_000_000;
  }
}
