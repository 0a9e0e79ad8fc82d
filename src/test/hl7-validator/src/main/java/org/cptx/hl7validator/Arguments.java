package org.cptx.hl7validator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** RunValidator's command line. */
record Arguments(String tx, Path home, Path out, Path txLog, List<Path> files) {

  static Arguments parse(String[] args) {
    String tx = null;
    Path home = null;
    Path out = null;
    Path txLog = null;
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--tx" -> tx = value(args, ++i);
        case "--home" -> home = Path.of(value(args, ++i));
        case "--out" -> out = Path.of(value(args, ++i));
        case "--tx-log" -> txLog = Path.of(value(args, ++i));
        default -> {
          if (args[i].startsWith("--")) {
            throw new IllegalArgumentException("unknown option " + args[i]);
          }
          files.add(Path.of(args[i]));
        }
      }
    }
    if (tx == null || home == null || out == null || files.isEmpty()) {
      throw new IllegalArgumentException("--tx, --home, --out and at least one file are needed");
    }
    for (Path f : files) {
      if (!Files.isRegularFile(f)) {
        throw new IllegalArgumentException("no such file: " + f);
      }
    }
    return new Arguments(tx, home, out, txLog, List.copyOf(files));
  }

  private static String value(String[] args, int i) {
    if (i >= args.length) {
      throw new IllegalArgumentException(args[i - 1] + " needs a value");
    }
    return args[i];
  }
}
