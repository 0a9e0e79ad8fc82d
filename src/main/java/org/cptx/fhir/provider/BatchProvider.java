package org.cptx.fhir.provider;

import ca.uhn.fhir.rest.annotation.Transaction;
import ca.uhn.fhir.rest.annotation.TransactionParam;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.RestfulServer;
import org.cptx.fhir.batch.BatchEntries;
import org.cptx.terminology.messages.RequestMessages;
import org.hl7.fhir.r4.model.Bundle;

/**
 * {@code POST /} with a batch Bundle: each entry answered as the same request sent alone would be,
 * in order, one entry's failure not stopping the others. A transaction (or any other Bundle type)
 * is refused: cptx is read-only.
 */
public final class BatchProvider {

  private final BatchEntries entries;
  private final int maxEntries;

  public BatchProvider(RestfulServer server, int maxEntries) {
    this.entries = new BatchEntries(server);
    this.maxEntries = maxEntries;
  }

  @Transaction
  public Bundle batch(@TransactionParam Bundle bundle, RequestDetails request) {
    if (bundle == null) {
      throw RequestMessages.missingParameter(
          "POST to the base", "a Bundle of type 'batch' as its body");
    }
    if (bundle.getType() != Bundle.BundleType.BATCH) {
      throw RequestMessages.notABatch(bundle.hasType() ? bundle.getType().toCode() : "(none)");
    }
    if (bundle.getEntry().size() > maxEntries) {
      throw RequestMessages.tooManyBatchEntries(bundle.getEntry().size(), maxEntries);
    }
    Bundle response = new Bundle().setType(Bundle.BundleType.BATCHRESPONSE);
    for (int i = 0; i < bundle.getEntry().size(); i++) {
      response.addEntry(entries.answer(i, bundle.getEntry().get(i), request));
    }
    return response;
  }
}
