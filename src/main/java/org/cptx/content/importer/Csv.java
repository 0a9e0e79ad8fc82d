package org.cptx.content.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One CSV line split into cells (RFC 4180 quoting, no line breaks inside quotes), and header-name
 * matching.
 */
final class Csv {

  private Csv() {}

  /** The cells of a line, or null when a quote is not closed. */
  static List<String> split(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          cell.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == ',') {
        cells.add(cell.toString().trim());
        cell.setLength(0);
      } else {
        cell.append(ch);
      }
    }
    if (quoted) {
      return null;
    }
    cells.add(cell.toString().trim());
    return cells;
  }

  /** Upper case, punctuation as spaces, single spaces: "CO-SURG" and "CO SURG" compare equal. */
  static String normal(String header) {
    return header.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9/]+", " ").trim();
  }

  /** The index of the column whose normalised name starts with the given one, or -1. */
  static int column(List<String> header, String name) {
    String wanted = normal(name);
    for (int i = 0; i < header.size(); i++) {
      String h = normal(header.get(i));
      if (h.equals(wanted) || h.startsWith(wanted + " ")) {
        return i;
      }
    }
    return -1;
  }
}
