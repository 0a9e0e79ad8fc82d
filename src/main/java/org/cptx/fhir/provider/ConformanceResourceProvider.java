package org.cptx.fhir.provider;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.param.StringParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.param.UriParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cptx.content.ResourceStore;
import org.cptx.terminology.TerminologyException;
import org.cptx.terminology.messages.RequestMessages;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.MetadataResource;

/** Read and search (url, version, name, status) of one conformance resource type held in the store. */
abstract class ConformanceResourceProvider<T extends MetadataResource> implements IResourceProvider {

  private final Class<T> type;
  protected final ResourceStore store;

  ConformanceResourceProvider(Class<T> type, ResourceStore store) {
    this.type = type;
    this.store = store;
  }

  @Override
  public Class<T> getResourceType() {
    return type;
  }

  @Read
  public T read(@IdParam IdType id) {
    return instance(id);
  }

  @Search
  public List<T> search(
      @OptionalParam(name = "url") UriParam url,
      @OptionalParam(name = "version") TokenParam version,
      @OptionalParam(name = "name") StringParam name,
      @OptionalParam(name = "status") TokenParam status) {
    return store.all(type).stream()
        .filter(r -> url == null || url.getValue().equals(r.getUrl()))
        .filter(r -> version == null || version.getValue().equals(r.getVersion()))
        .filter(r -> name == null || matches(name, r.getName()))
        .filter(r -> status == null || (r.hasStatus() && status.getValue().equals(r.getStatus().toCode())))
        .toList();
  }

  /** The resource with this id; an unknown id is a 404. */
  protected T instance(IdType id) {
    return store.read(type, id.getIdPart()).orElseThrow(() -> notFound(id));
  }

  /** The metadata of the resource with this id (a streamed CodeSystem without its concepts); unknown is a 404. */
  private T metadata(IdType id) {
    return store.metadata(type, id.getIdPart()).orElseThrow(() -> notFound(id));
  }

  private TerminologyException notFound(IdType id) {
    return RequestMessages.resourceNotFound(type.getSimpleName(), id.getIdPart());
  }

  /** The instance named in the URL of an instance-level operation, empty at type level. */
  protected Optional<T> optionalInstance(IdType id) {
    return id == null || !id.hasIdPart() ? Optional.empty() : Optional.of(metadata(id));
  }

  private static boolean matches(StringParam param, String value) {
    if (value == null) {
      return false;
    }
    if (param.isExact()) {
      return value.equals(param.getValue());
    }
    String v = value.toLowerCase(Locale.ROOT);
    String p = param.getValue().toLowerCase(Locale.ROOT);
    return param.isContains() ? v.contains(p) : v.startsWith(p);
  }
}
