package org.cptx.content.importer;

/**
 * A test hook: with {@code -Dcptx.import.haltAt=POINT} the importer halts the JVM abruptly (as
 * {@code kill -9} would, no shutdown hooks, exit status 137) when it reaches that point of the
 * switch to the new release ({@code plain-moved}, {@code before-switch}, {@code after-switch}).
 * Tests use it to check that a stop at any of them leaves {@code --out} whole.
 */
final class ImportHook {

  static final String PROPERTY = "cptx.import.haltAt";

  private ImportHook() {}

  static void at(String point) {
    if (point.equals(System.getProperty(PROPERTY))) {
      Runtime.getRuntime().halt(137);
    }
  }
}
