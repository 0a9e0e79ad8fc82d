package org.cptx.fhir;

import ca.uhn.fhir.model.api.annotation.ResourceDef;
import ca.uhn.fhir.rest.annotation.Metadata;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.RestfulServer;
import ca.uhn.fhir.rest.server.provider.ServerCapabilityStatementProvider;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import org.cptx.fhir.request.ExpandRequestReader;
import org.cptx.terminology.CodeSystemInfo;
import org.cptx.terminology.CodeSystemProvider;
import org.cptx.terminology.CodeSystemRegistry;
import org.hl7.fhir.instance.model.api.IBaseConformance;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.TerminologyCapabilities;

/**
 * {@code metadata}: the CapabilityStatement HAPI builds from the providers; {@code
 * metadata?mode=terminology}: a TerminologyCapabilities listing every code system and version the
 * server holds.
 */
public final class TerminologyCapabilitiesProvider extends ServerCapabilityStatementProvider {

  private final CodeSystemRegistry registry;
  private final String softwareVersion;
  private final String releaseDate;
  private java.util.function.Consumer<CapabilityStatement> security = cs -> {};

  /**
   * @param releaseDate the build's date (yyyy-MM-dd), or null when unknown
   */
  public TerminologyCapabilitiesProvider(
      RestfulServer server,
      CodeSystemRegistry registry,
      String softwareVersion,
      String releaseDate) {
    super(server);
    this.registry = registry;
    this.softwareVersion = softwareVersion;
    this.releaseDate = releaseDate;
  }

  /**
   * Sets what describes the server's access control in the CapabilityStatement ({@code
   * rest.security}).
   */
  public void setSecurity(java.util.function.Consumer<CapabilityStatement> describer) {
    this.security = describer;
  }

  @Override
  @Metadata(cacheMillis = 0)
  public IBaseConformance getServerConformance(HttpServletRequest request, RequestDetails details) {
    if ("terminology".equals(request.getParameter("mode"))) {
      return terminologyCapabilities();
    }
    CapabilityStatement cs =
        ServerCapabilities.decorate(
            (CapabilityStatement) super.getServerConformance(request, details),
            softwareVersion,
            releaseDate);
    security.accept(cs);
    return cs;
  }

  private IBaseConformance terminologyCapabilities() {
    Capabilities caps = new Capabilities();
    caps.setStatus(PublicationStatus.ACTIVE);
    caps.setDate(new Date());
    caps.setName("cptx");
    caps.setTitle("cptx terminology capabilities");
    caps.setKind(TerminologyCapabilities.CapabilityStatementKind.INSTANCE);
    caps.getSoftware().setName("cptx").setVersion(softwareVersion);
    List<CodeSystemInfo> systems =
        registry.all().stream()
            .map(CodeSystemProvider::info)
            .sorted(Comparator.comparing(CodeSystemInfo::url))
            .toList();
    TerminologyCapabilities.TerminologyCapabilitiesCodeSystemComponent current = null;
    for (CodeSystemInfo info : systems) {
      if (current == null || !current.getUri().equals(info.url())) {
        current =
            caps.addCodeSystem()
                .setUri(info.url())
                .setSubsumption(true); // $subsumes serves every system
      }
      if (info.version() != null) {
        current
            .addVersion()
            .setCode(info.version())
            .setIsDefault(
                info.version()
                    .equals(
                        registry.find(info.url(), null).map(p -> p.info().version()).orElse(null)));
      }
    }
    caps.setVersion(softwareVersion);
    caps.getExpansion().setHierarchical(true).setPaging(true);
    ExpandRequestReader.listedParameters()
        .forEach(name -> caps.getExpansion().addParameter().setName(name));
    caps.getValidateCode().setTranslations(false);
    return caps;
  }

  /** A TerminologyCapabilities that HAPI's metadata binding accepts as a conformance resource. */
  @ResourceDef(name = "TerminologyCapabilities")
  public static final class Capabilities extends TerminologyCapabilities
      implements IBaseConformance {}
}
