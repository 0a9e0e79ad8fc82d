package org.cptx.hl7validator;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.formats.IParser;
import org.hl7.fhir.r4.formats.JsonParser;
import org.hl7.fhir.r4.formats.XmlParser;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.MetadataResource;
import org.hl7.fhir.r4.model.Resource;

/**
 * Lays out the validator's world under a home folder of its own, so that it needs no network beyond
 * the terminology server: {@code .fhir/fhir-settings.json} (no package servers, loopback servers
 * allowed) and a package cache ({@code .fhir/packages}) holding {@code hl7.fhir.r4.core#4.0.1},
 * built from the R4 definitions that {@code hapi-fhir-validation-resources-r4} ships, plus empty
 * stand-ins for the packages the validator loads beside it. A package already laid out is kept.
 */
final class PackageCache {

  static final String CORE = "hl7.fhir.r4.core#4.0.1";

  /** The R4 definition bundles in hapi-fhir-validation-resources-r4. */
  private static final List<String> CORE_BUNDLES =
      List.of(
          "org/hl7/fhir/r4/model/profile/profiles-types.xml",
          "org/hl7/fhir/r4/model/profile/profiles-resources.xml",
          "org/hl7/fhir/r4/model/profile/profiles-others.xml",
          "org/hl7/fhir/r4/model/extension/extension-definitions.xml",
          "org/hl7/fhir/r4/model/valueset/valuesets.xml",
          "org/hl7/fhir/r4/model/valueset/v3-codesystems.xml",
          "org/hl7/fhir/r4/model/valueset/v2-tables.xml",
          "org/hl7/fhir/r4/model/sp/search-parameters.json");

  /**
   * Packages the validator loads besides the core (terminology, extensions, cross-version
   * extensions), by their R4 names and by their general names, at the versions it asks for: empty,
   * the tests need none of their content.
   */
  private static final List<String> STAND_INS =
      List.of(
          "hl7.terminology.r4#6.2.0",
          "hl7.terminology#6.2.0",
          "hl7.fhir.uv.extensions.r4#5.2.0",
          "hl7.fhir.uv.extensions#5.2.0",
          "hl7.fhir.xver-extensions#0.1.0");

  private final Path home;

  PackageCache(Path home) {
    this.home = home;
  }

  Path packages() {
    return home.resolve(".fhir/packages");
  }

  void prepare() throws IOException {
    Files.createDirectories(packages());
    Files.writeString(
        home.resolve(".fhir/fhir-settings.json"),
        "{\"ignoreDefaultPackageServers\": true, \"ssrfProtectionEnabled\": false}\n",
        StandardCharsets.UTF_8);
    Path core = packages().resolve(CORE).resolve("package");
    if (!Files.isRegularFile(core.resolve("package.json"))) {
      int count = writeCore(core);
      writePackageJson(core, CORE, "core", count);
    }
    for (String standIn : STAND_INS) {
      Path folder = packages().resolve(standIn).resolve("package");
      if (!Files.isRegularFile(folder.resolve("package.json"))) {
        Files.createDirectories(folder);
        writePackageJson(folder, standIn, "ig", 0);
      }
    }
  }

  private static int writeCore(Path folder) throws IOException {
    Files.createDirectories(folder);
    IParser json = new JsonParser();
    Set<String> written = new HashSet<>();
    // the validator brings its own SPDX licence code system
    Set<String> canonicals = new HashSet<>(Set.of("CodeSystem|http://hl7.org/fhir/spdx-license"));
    for (String bundleName : CORE_BUNDLES) {
      for (Bundle.BundleEntryComponent entry : readBundle(bundleName).getEntry()) {
        Resource resource = entry.getResource();
        String fileName = resource.fhirType() + "-" + resource.getIdElement().getIdPart() + ".json";
        // the bundles overlap (a code system in two of them, in two versions): the first one counts
        if (resource.getIdElement().getIdPart() != null
            && canonicals.add(canonical(resource))
            && written.add(fileName)) {
          Files.write(folder.resolve(fileName), json.composeBytes(resource));
        }
      }
    }
    return written.size();
  }

  private static String canonical(Resource resource) {
    String url = resource instanceof MetadataResource m ? m.getUrl() : null;
    return resource.fhirType() + "|" + (url != null ? url : resource.getIdElement().getIdPart());
  }

  private static Bundle readBundle(String name) throws IOException {
    try (InputStream in = PackageCache.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException(
            name + " is not on the class path (hapi-fhir-validation-resources-r4 missing?)");
      }
      IParser parser = name.endsWith(".json") ? new JsonParser() : new XmlParser();
      return (Bundle) parser.parse(in);
    }
  }

  private static void writePackageJson(Path folder, String idAndVersion, String type, int count)
      throws IOException {
    String[] parts = idAndVersion.split("#");
    String json =
        "{\n  \"name\": \""
            + parts[0]
            + "\",\n  \"version\": \""
            + parts[1]
            + "\",\n"
            + "  \"type\": \""
            + type
            + "\",\n  \"fhirVersions\": [\"4.0.1\"],\n  \"dependencies\": {},\n"
            + "  \"description\": \"built for the cptx test harness: "
            + count
            + " resources\"\n}\n";
    Files.writeString(folder.resolve("package.json"), json, StandardCharsets.UTF_8);
  }
}
