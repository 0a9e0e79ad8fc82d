package org.cptx.fhir.response;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Random (version 4) UUIDs for what names an answer without guarding anything (a request id, an
 * expansion's identifier): drawn from the thread's own generator, not from the shared secure one
 * that every request would queue on.
 */
public final class Uuids {

  private Uuids() {}

  public static String random() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    long high = (random.nextLong() & ~0xF000L) | 0x4000L;
    long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(high, low).toString();
  }
}
