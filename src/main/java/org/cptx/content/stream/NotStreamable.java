package org.cptx.content.stream;

/**
 * Thrown inside the streaming reader when a file holds something it does not read; the file then
 * goes to HAPI.
 */
final class NotStreamable extends RuntimeException {

  NotStreamable() {
    super(null, null, false, false);
  }

  static void unless(boolean condition) {
    if (!condition) {
      throw new NotStreamable();
    }
  }
}
