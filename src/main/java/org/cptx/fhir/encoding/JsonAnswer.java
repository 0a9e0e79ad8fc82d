package org.cptx.fhir.encoding;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * An operation's answer that writes itself as compact FHIR JSON: a resource cptx built ({@link
 * JsonAnswers#of}), or an engine result written straight, without a HAPI resource ({@link
 * LookupAnswers}, {@link ValidationAnswers}). {@link JsonAnswers#utf8(JsonAnswer)} runs it.
 */
@FunctionalInterface
public interface JsonAnswer {

  /**
   * Writes the whole answer, one JSON object; throws the writer's own unchecked exception on a
   * shape it leaves to HAPI (whatever was written is then dropped).
   */
  void write(JsonGenerator json) throws IOException;
}
