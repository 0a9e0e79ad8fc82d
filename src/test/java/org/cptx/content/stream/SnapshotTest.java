package org.cptx.content.stream;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.cptx.content.ContentLoader;
import org.cptx.content.LoadedContent;
import org.cptx.content.importer.CptImporter;
import org.cptx.content.importer.ImportOptions;
import org.cptx.content.importer.Progress;
import org.cptx.content.importer.synthetic.SyntheticRelease;
import org.cptx.support.TestContent;
import org.cptx.terminology.CodeSystemProvider;
import org.cptx.terminology.ConceptProperty;
import org.cptx.terminology.codesystem.fhir.ConceptParts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Snapshots of streamed code systems (synthetic content, invented for cptx tests): a snapshot gives
 * exactly what the JSON gives; a stale or damaged one is not used, the JSON is read and a new
 * snapshot written.
 */
class SnapshotTest {

  private static final FhirContext FHIR = FhirContext.forR4Cached();

  @TempDir static Path dir;
  static Path imported;
  static LoadedContent parsed;

  Path out;
  Path cpt;
  Path cms;

  @BeforeAll
  static void importOnce() throws Exception {
    Path release = dir.resolve("release");
    imported = dir.resolve("imported");
    new SyntheticRelease(2000, 5).write(release);
    Path cmsFiles = release.resolve("cms");
    new CptImporter(FHIR, Progress.silent())
        .run(
            new ImportOptions(
                release.resolve("ama"),
                cmsFiles.resolve("PPRRVU26_JAN.csv"),
                cmsFiles.resolve("HCPC2026_JAN_ANWEB_synthetic.txt"),
                cmsFiles.resolve("MCR_MUE_PractitionerServices_synthetic.csv"),
                "2026",
                imported,
                TestContent.BUILT_IN,
                null,
                release.resolve("lists/telemedicine_synthetic.txt"),
                release.resolve("lists/orthopox_synthetic.txt")));
    parsed = new ContentLoader(FHIR, Long.MAX_VALUE).load(List.of(TestContent.BUILT_IN, imported));
  }

  /** A fresh copy of the import for each test, without snapshots, readable by its owner only. */
  @BeforeEach
  void copy(@TempDir Path tmp) throws IOException {
    out = tmp.resolve("content");
    Files.createDirectories(out);
    try (var files = Files.list(imported)) {
      for (Path f : files.filter(f -> f.toString().endsWith(".json")).toList()) {
        Path copy = Files.copy(f, out.resolve(f.getFileName()));
        Files.setPosixFilePermissions(
            copy, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
      }
    }
    cpt = out.resolve("CodeSystem-cpt-2026.json");
    cms = out.resolve("CodeSystem-cpt-cms-2026.json");
  }

  private LoadedContent loadWithSnapshots() {
    return new ContentLoader(FHIR).withSnapshots().load(List.of(TestContent.BUILT_IN, out));
  }

  private static Snapshots.Found found(Path file) {
    return new Snapshots(() -> FHIR).read(file, SnapshotKey.ofOrNull(file));
  }

  @Test
  void theFirstLoadWritesSnapshotsAndTheyHoldExactlyWhatTheJsonHolds() {
    assertThat(found(cpt).problem()).isEqualTo("no snapshot");
    loadWithSnapshots();
    for (Path file : List.of(cpt, cms)) {
      assertThat(Snapshots.of(file)).exists();
      assertThat(permissions(Snapshots.of(file))).isEqualTo(permissions(file));
      Snapshots.Found found = found(file);
      assertThat(found.problem()).isNull();
      StreamedCodeSystem json = new CodeSystemStreamReader(() -> FHIR).read(file).orElseThrow();
      assertThat(found.codeSystem().concepts()).isEqualTo(json.concepts());
      assertThat(json(found.codeSystem())).isEqualTo(json(json));
      assertThat(distinctProperties(found.codeSystem().concepts()))
          .isEqualTo(distinctProperties(json.concepts()));
    }
  }

  @Test
  void theImporterWritesTheSnapshotsOfTheLargeCodeSystems() {
    for (String name : List.of("CodeSystem-cpt-2026.json", "CodeSystem-cpt-cms-2026.json")) {
      assertThat(found(imported.resolve(name)).problem()).isNull();
    }
    assertThat(Snapshots.of(imported.resolve("CodeSystem-hcpcs-modifiers-2026.json")))
        .doesNotExist();
  }

  @Test
  void contentLoadedFromSnapshotsIsTheContentTheJsonGives() {
    loadWithSnapshots();
    LoadedContent fromSnapshots = loadWithSnapshots();
    assertSameEngineContent(fromSnapshots);
  }

  @Test
  void aStaleSnapshotIsNotUsedAndIsWrittenAnew() throws IOException {
    loadWithSnapshots();
    FileTime modified = Files.getLastModifiedTime(cpt);
    String text = Files.readString(cpt, StandardCharsets.UTF_8);
    int at = text.indexOf("\"display\":\"Synthetic ", text.indexOf("\"concept\"")) + 11;
    // same size, same time, other content: the checksum tells
    Files.writeString(
        cpt,
        text.substring(0, at) + "Invented! " + text.substring(at + 10),
        StandardCharsets.UTF_8);
    Files.setLastModifiedTime(cpt, modified);
    assertThat(found(cpt).problem()).isEqualTo("snapshot is stale");
    LoadedContent reloaded = loadWithSnapshots();
    assertThat(found(cpt).problem()).isNull();
    CodeSystemProvider system = reloaded.registry().find(TestContent.CPT, "2026").orElseThrow();
    assertThat(system.concepts().anyMatch(c -> String.valueOf(c.display()).startsWith("Invented")))
        .isTrue();
  }

  @Test
  void aTouchedFileMakesItsSnapshotStale() throws IOException {
    loadWithSnapshots();
    Files.setLastModifiedTime(
        cms, FileTime.fromMillis(Files.getLastModifiedTime(cms).toMillis() + 2000));
    assertThat(found(cms).problem()).isEqualTo("snapshot is stale");
    assertThat(found(cpt).problem()).isNull();
  }

  @Test
  void aDamagedOrTruncatedSnapshotIsNotUsedAndTheJsonIsRead() throws IOException {
    loadWithSnapshots();
    Path snapshot = Snapshots.of(cpt);
    byte[] bytes = Files.readAllBytes(snapshot);
    bytes[bytes.length / 2] ^= 0x20;
    Files.write(snapshot, bytes);
    assertThat(found(cpt).problem()).startsWith("snapshot is damaged");
    assertSameEngineContent(loadWithSnapshots());
    assertThat(found(cpt).problem()).isNull(); // written anew

    byte[] whole = Files.readAllBytes(Snapshots.of(cms));
    Files.write(Snapshots.of(cms), java.util.Arrays.copyOf(whole, whole.length / 3));
    assertThat(found(cms).problem()).startsWith("snapshot is damaged");
    Files.write(Snapshots.of(cms), new byte[0]);
    assertThat(found(cms).problem()).startsWith("snapshot is damaged");
    assertSameEngineContent(loadWithSnapshots());
  }

  @Test
  void aBodyThatDoesNotDecodeIsCorruptNotHalfRead() {
    byte[] body =
        SnapshotWriter.body(
            "{}", List.of(new ConceptParts("A", "a", null, null, List.of(), List.of())));
    byte[] cut = java.util.Arrays.copyOf(body, body.length - 3);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> SnapshotReader.decode(java.nio.ByteBuffer.wrap(cut)))
        .isInstanceOf(SnapshotReader.CorruptSnapshot.class);
    assertThat(SnapshotReader.decode(java.nio.ByteBuffer.wrap(body)).concepts()).hasSize(1);
  }

  private static void assertSameEngineContent(LoadedContent loaded) {
    for (String version : List.of("2025", "2026")) {
      CodeSystemProvider a = parsed.registry().find(TestContent.CPT, version).orElseThrow();
      CodeSystemProvider b = loaded.registry().find(TestContent.CPT, version).orElseThrow();
      assertThat(b.info()).isEqualTo(a.info());
      assertThat(b.concepts().map(StreamedLoadTest::describe).toList())
          .isEqualTo(a.concepts().map(StreamedLoadTest::describe).toList());
    }
  }

  private static Set<java.nio.file.attribute.PosixFilePermission> permissions(Path file) {
    try {
      return Files.getPosixFilePermissions(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String json(StreamedCodeSystem cs) {
    return FHIR.newJsonParser().encodeResourceToString(cs.resource());
  }

  private static int distinctProperties(List<ConceptParts> concepts) {
    Set<ConceptProperty> distinct = Collections.newSetFromMap(new IdentityHashMap<>());
    concepts.forEach(c -> distinct.addAll(c.properties()));
    return distinct.size();
  }
}
