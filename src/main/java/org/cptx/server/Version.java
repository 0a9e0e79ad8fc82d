package org.cptx.server;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The cptx version, from the build. */
public final class Version {

  private Version() {}

  public static String current() {
    try (InputStream in = Version.class.getResourceAsStream("/cptx-version.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      return p.getProperty("version", "dev");
    } catch (IOException e) {
      return "dev";
    }
  }
}
