package org.cptx.content.importer.synthetic;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.cptx.content.importer.synthetic.SyntheticCodes.Code;

/**
 * The code lists for {@code import --telemedicine} and {@code --orthopox}: invented picks of the
 * synthetic codes, in the list format (comments, a header, one code a line, some with a descriptor
 * column). They draw on their own random source, so the other synthetic files stay as they were for
 * a given seed.
 */
final class SyntheticCodeLists {

  static final String TELEMEDICINE = "telemedicine_synthetic.txt";
  static final String ORTHOPOX = "orthopox_synthetic.txt";

  private final Path folder;
  private final Random random;

  SyntheticCodeLists(Path folder, long seed) {
    this.folder = folder;
    this.random = new Random(seed ^ 0x7E1E_0B0CL);
  }

  /** About 2% of the numeric codes; returns how many. */
  int telemedicine(List<Code> codes) throws IOException {
    List<Code> picked = pick(codes, Math.max(2, codes.size() / 50));
    write(TELEMEDICINE, "telemedicine list (shaped like CPT Appendix P, which it is not)", picked);
    return picked.size();
  }

  /** A few numeric codes (at least two); returns how many. */
  int orthopox(List<Code> codes) throws IOException {
    List<Code> picked = pick(codes, Math.max(2, codes.size() / 2_000));
    write(ORTHOPOX, "orthopoxvirus code list", picked);
    return picked.size();
  }

  private List<Code> pick(List<Code> codes, int wanted) {
    List<Code> numeric =
        new ArrayList<>(codes.stream().filter(c -> Character.isDigit(c.code().charAt(4))).toList());
    Collections.shuffle(numeric, random);
    List<Code> picked = new ArrayList<>(numeric.subList(0, Math.min(wanted, numeric.size())));
    picked.sort(Comparator.comparing(Code::code));
    return picked;
  }

  private void write(String name, String what, List<Code> codes) throws IOException {
    try (PrintWriter w =
        new PrintWriter(Files.newBufferedWriter(folder.resolve(name), StandardCharsets.UTF_8))) {
      w.print(
          "# SYNTHETIC TEST DATA: an invented "
              + what
              + " written by cptx generate-synthetic.\r\n");
      w.print("# One code a line; '#' starts a comment; text after a TAB is ignored.\r\n\r\n");
      w.print("CPT Code\tDescriptor\r\n");
      for (int i = 0; i < codes.size(); i++) {
        Code c = codes.get(i);
        w.print(
            c.code()
                + (i % 3 == 0 ? "\t" + c.shortText() : i % 3 == 1 ? "   # invented pick" : "")
                + "\r\n");
      }
    }
  }
}
