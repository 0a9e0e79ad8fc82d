package org.cptx.server;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The cptx version, from the build. */
public final class Version {

  private Version() {}

  public static String current() {
    return property("version", "dev");
  }

  /** The day this build was made (yyyy-MM-dd), or null when unknown. */
  public static String releaseDate() {
    String date = property("releaseDate", null);
    return date == null || date.startsWith("$") ? null : date;
  }

  private static String property(String name, String fallback) {
    try (InputStream in = Version.class.getResourceAsStream("/cptx-version.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      return p.getProperty(name, fallback);
    } catch (IOException e) {
      return fallback;
    }
  }
}
