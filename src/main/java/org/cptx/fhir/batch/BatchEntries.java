package org.cptx.fhir.batch;

import ca.uhn.fhir.rest.api.Constants;
import ca.uhn.fhir.rest.api.RequestTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.RestfulServer;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.method.BaseMethodBinding;
import ca.uhn.fhir.rest.server.method.BaseResourceReturningMethodBinding;
import ca.uhn.fhir.rest.server.servlet.ServletRequestDetails;
import ca.uhn.fhir.rest.server.servlet.ServletSubRequestDetails;
import ca.uhn.fhir.util.UrlUtil;
import org.cptx.fhir.ErrorInterceptor;
import org.cptx.fhir.request.OperationParameters;
import org.cptx.terminology.messages.RequestMessages;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Bundle.BundleEntryResponseComponent;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Resource;

/**
 * One batch entry answered: its request (GET of a read, search or operation; POST of an operation
 * with a Parameters body) routed by HAPI to the same provider method a request of its own reaches,
 * and the result or the failure (status and OperationOutcome, as {@link ErrorInterceptor} makes
 * them) put in a batch-response entry.
 */
public final class BatchEntries {

  /** An absolute url: a scheme before the path (a url inside the query string does not count). */
  private static final java.util.regex.Pattern ABSOLUTE =
      java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:");

  private final RestfulServer server;

  public BatchEntries(RestfulServer server) {
    this.server = server;
  }

  public BundleEntryComponent answer(int index, BundleEntryComponent entry, RequestDetails batch) {
    try {
      IBaseResource result = invoke(index, entry, batch);
      BundleEntryComponent out = new BundleEntryComponent().setResource((Resource) result);
      out.getResponse().setStatus("200 OK");
      return out;
    } catch (RuntimeException e) {
      return failed(ErrorInterceptor.toHttp(e));
    }
  }

  private IBaseResource invoke(int index, BundleEntryComponent entry, RequestDetails batch) {
    Bundle.BundleEntryRequestComponent request = entry.getRequest();
    if (!request.hasMethod() || !request.hasUrl()) {
      throw RequestMessages.badBatchEntry(index, "each entry needs request.method and request.url");
    }
    String url = relative(index, request.getUrl(), batch.getFhirServerBase());
    int query = url.indexOf('?');
    String path = query < 0 ? url : url.substring(0, query);
    boolean operation = path.contains("$");
    RequestTypeEnum type =
        switch (request.getMethod()) {
          case GET -> RequestTypeEnum.GET;
          case POST -> operation ? RequestTypeEnum.POST : null;
          default -> null;
        };
    if (type == null || path.isEmpty()) {
      throw RequestMessages.readOnly(
          request.getMethod().toCode() + " " + (path.isEmpty() ? "/" : path) + " in a batch");
    }
    if (type == RequestTypeEnum.POST
        && entry.hasResource()
        && !(entry.getResource() instanceof Parameters)) {
      throw RequestMessages.wrongBody(path, entry.getResource().fhirType());
    }
    ServletSubRequestDetails sub =
        subRequest(batch, type, path, query < 0 ? "" : url.substring(query + 1));
    if (type == RequestTypeEnum.POST && entry.hasResource()) {
      OperationParameters.attachBody(sub, entry.getResource());
    }
    BaseMethodBinding binding = server.determineResourceMethod(sub, path);
    if (!(binding instanceof BaseResourceReturningMethodBinding returning)) {
      throw RequestMessages.readOnly(request.getMethod().toCode() + " " + path + " in a batch");
    }
    return returning.doInvokeServer(server, sub);
  }

  private ServletSubRequestDetails subRequest(
      RequestDetails batch, RequestTypeEnum type, String path, String query) {
    ServletSubRequestDetails sub = new ServletSubRequestDetails((ServletRequestDetails) batch);
    sub.setServer(server);
    sub.setRequestType(type);
    sub.setFhirServerBase(batch.getFhirServerBase());
    sub.setRequestPath(path);
    sub.setCompleteUrl(
        batch.getFhirServerBase() + "/" + path + (query.isEmpty() ? "" : "?" + query));
    sub.setParameters(UrlUtil.parseQueryString(query));
    server.populateRequestDetailsFromRequestPath(sub, path);
    return sub;
  }

  /**
   * The entry's url relative to the base: as given, or an absolute url on this server with the base
   * cut off.
   */
  private static String relative(int index, String url, String base) {
    String trimmed = url.startsWith("/") ? url.substring(1) : url;
    if (base != null && trimmed.startsWith(base)) {
      trimmed = trimmed.substring(base.length());
      return trimmed.startsWith("/") ? trimmed.substring(1) : trimmed;
    }
    if (ABSOLUTE.matcher(trimmed).lookingAt()) {
      throw RequestMessages.badBatchEntry(
          index, "request.url must be relative to this server's base " + base);
    }
    return trimmed;
  }

  private static BundleEntryComponent failed(BaseServerResponseException http) {
    BundleEntryComponent out = new BundleEntryComponent();
    BundleEntryResponseComponent response = out.getResponse();
    response.setStatus(
        http.getStatusCode()
            + " "
            + Constants.HTTP_STATUS_NAMES.getOrDefault(http.getStatusCode(), ""));
    if (http.getOperationOutcome() instanceof OperationOutcome outcome) {
      response.setOutcome(outcome);
    } else {
      OperationOutcome outcome = new OperationOutcome();
      outcome
          .addIssue()
          .setSeverity(OperationOutcome.IssueSeverity.ERROR)
          .setCode(OperationOutcome.IssueType.PROCESSING)
          .getDetails()
          .setText(http.getMessage());
      response.setOutcome(outcome);
    }
    return out;
  }
}
