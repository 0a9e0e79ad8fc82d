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

/**
 * Read and search (url or canonical, version, name, status) of one conformance resource type.
 * Search filters on the resources' metadata and only then reads what it answers; a subclass may add
 * resources the store does not hold ({@link #candidates}, {@link #find}) and choose what a read or
 * search answers for a resource ({@link #present}).
 */
abstract class ConformanceResourceProvider<T extends MetadataResource>
    implements IResourceProvider {

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
    return present(metadata(id));
  }

  @Search
  public List<T> search(
      @OptionalParam(name = "url") UriParam url,
      @OptionalParam(name = "version") TokenParam version,
      @OptionalParam(name = "name") StringParam name,
      @OptionalParam(name = "status") TokenParam status) {
    CanonicalQuery canonical = CanonicalQuery.of(url, version);
    return candidates().stream()
        .filter(canonical::matches)
        .filter(r -> name == null || matches(name, r.getName()))
        .filter(
            r ->
                status == null
                    || (r.hasStatus() && status.getValue().equals(r.getStatus().toCode())))
        .map(this::present)
        .toList();
  }

  /** The metadata of every resource a search looks at. */
  protected List<T> candidates() {
    return store.allMetadata(type);
  }

  /** The metadata of the resource with this id (a streamed CodeSystem without its concepts). */
  protected Optional<T> find(String id) {
    return store.metadata(type, id);
  }

  /**
   * What a read or search answers for the resource with this metadata: by default the whole
   * resource.
   */
  protected T present(T metadata) {
    return store.read(type, metadata.getIdElement().getIdPart()).orElse(metadata);
  }

  /** The metadata of the resource with this id; an unknown id is a 404. */
  private T metadata(IdType id) {
    return find(id.getIdPart()).orElseThrow(() -> notFound(id));
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
