package org.cptx.hl7validator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.utilities.validation.ValidationMessage;

/**
 * The issues the validator reported, per validated file, as JSON: {@code {"validator": ..., "tx":
 * ..., "files": [{"file": name, "issues": [{"severity", "type", "messageId", "message", "location",
 * "line", "col", "server"}]}]}}.
 */
final class IssueReport {

  private final Map<String, Object> root = new LinkedHashMap<>();
  private final List<Map<String, Object>> files = new ArrayList<>();

  IssueReport(String validatorVersion, String tx) {
    root.put("validator", validatorVersion);
    root.put("tx", tx);
    root.put("files", files);
  }

  void add(Path file, List<ValidationMessage> messages) {
    List<Map<String, Object>> issues = new ArrayList<>();
    for (ValidationMessage m : messages) {
      Map<String, Object> issue = new LinkedHashMap<>();
      issue.put("severity", m.getLevel() == null ? null : m.getLevel().toCode());
      issue.put("type", m.getType() == null ? null : m.getType().toCode());
      issue.put("messageId", m.getMessageId());
      issue.put("message", m.getMessage());
      issue.put("location", m.getLocation());
      issue.put("line", m.getLine());
      issue.put("col", m.getCol());
      issue.put("server", m.getServer());
      issues.add(issue);
    }
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("file", file.getFileName().toString());
    entry.put("issues", issues);
    files.add(entry);
  }

  void write(Path out) throws IOException {
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), root);
  }
}
