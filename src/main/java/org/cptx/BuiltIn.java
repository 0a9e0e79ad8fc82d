package org.cptx;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;

/**
 * The content ({@code fhir-resources/}) and the web app ({@code webapp/}) packed in cptx.jar, so
 * the jar serves both wherever it is started. Run from the build's classes instead of the jar, they
 * are the build's copies.
 */
final class BuiltIn {

  static final String RESOURCES = "cptx-builtin/fhir-resources";
  static final String WEBAPP = "cptx-builtin/webapp";

  private BuiltIn() {}

  /** The packed content folder. */
  static Path resources() {
    return folder(RESOURCES);
  }

  /** The packed web app folder. */
  static Path webapp() {
    return folder(WEBAPP);
  }

  /**
   * A packed folder as a path: its copy out of the jar ({@link PackedFolders}), else inside the
   * jar's file system; or in the classes folder.
   */
  static Path folder(String packed) {
    URL url = BuiltIn.class.getClassLoader().getResource(packed);
    if (url == null) {
      throw new IllegalStateException(
          "cptx is built without " + packed + "; give the folder with an option");
    }
    try {
      URI uri = url.toURI();
      if (!"jar".equals(uri.getScheme())) {
        return Path.of(uri);
      }
      Path copied = PackedFolders.folder(url, packed);
      if (copied != null) {
        return copied;
      }
      try {
        FileSystems.newFileSystem(uri, Map.of());
      } catch (FileSystemAlreadyExistsException e) {
        // opened before: Path.of finds it
      }
      return Path.of(uri);
    } catch (URISyntaxException | IOException e) {
      throw new IllegalStateException(
          "cannot open " + packed + " in " + url + ": " + e.getMessage(), e);
    }
  }
}
