package org.cptx.terminology.valueset;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.stream.Stream;
import org.cptx.terminology.CodeSystemProvider;
import org.cptx.terminology.Concept;
import org.cptx.terminology.Designation;

/**
 * The words of one code system's displays and designations, built once per provider (its content never changes): a
 * sorted array of the distinct normalised words, each with the concepts that have it, so that the concepts whose
 * texts hold a word starting with a typed one are a binary search and a scan of the neighbouring words away. It
 * answers candidates only: a concept it gives has each filter word starting some word of some of its texts, and
 * {@link TextFilter} then checks the exact rule (every word in one text). A concept it leaves out cannot match.
 */
final class TextIndex {

  private static final Map<CodeSystemProvider, TextIndex> BUILT = Collections.synchronizedMap(new WeakHashMap<>());

  private final String[] codes;
  private final String[] words;
  private final int[][] postings;
  private final String[] sortedCodes;
  private final int[] codeOrdinals;

  private TextIndex(String[] codes, String[] words, int[][] postings, String[] sortedCodes, int[] codeOrdinals) {
    this.codes = codes;
    this.words = words;
    this.postings = postings;
    this.sortedCodes = sortedCodes;
    this.codeOrdinals = codeOrdinals;
  }

  /** The index of this provider's concepts, built on first use. */
  static TextIndex of(CodeSystemProvider system) {
    TextIndex index = BUILT.get(system);
    if (index == null) {
      index = build(system);
      BUILT.put(system, index);
    }
    return index;
  }

  private static TextIndex build(CodeSystemProvider system) {
    List<String> codes = new ArrayList<>();
    Map<String, BitSet> byWord = new HashMap<>();
    system.concepts().forEach(c -> {
      int ordinal = codes.size();
      codes.add(c.code());
      for (String text : texts(c)) {
        for (String word : TextFilter.words(text)) {
          byWord.computeIfAbsent(word, w -> new BitSet()).set(ordinal);
        }
      }
    });
    String[] words = byWord.keySet().toArray(String[]::new);
    Arrays.sort(words);
    int[][] postings = new int[words.length][];
    for (int i = 0; i < words.length; i++) {
      postings[i] = byWord.get(words[i]).stream().toArray();
    }
    Integer[] order = new Integer[codes.size()];
    Arrays.setAll(order, i -> i);
    String[] lower = codes.stream().map(c -> c.toLowerCase(Locale.ROOT)).toArray(String[]::new);
    Arrays.sort(order, (a, b) -> lower[a].compareTo(lower[b]));
    String[] sortedCodes = Arrays.stream(order).map(i -> lower[i]).toArray(String[]::new);
    int[] codeOrdinals = Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    return new TextIndex(codes.toArray(String[]::new), words, postings, sortedCodes, codeOrdinals);
  }

  private static List<String> texts(Concept c) {
    List<String> texts = new ArrayList<>();
    if (c.display() != null) {
      texts.add(c.display());
    }
    for (Designation d : c.designations()) {
      if (d.value() != null) {
        texts.add(d.value());
      }
    }
    return texts;
  }

  /**
   * The concepts, in the system's order, that may match these filter words: each word starts a word of their texts,
   * or (one word alone) starts their code.
   */
  Stream<Concept> candidates(CodeSystemProvider system, String[] filterWords) {
    BitSet all = null;
    for (String w : filterWords) {
      BitSet one = withWordStarting(w);
      if (filterWords.length == 1) {
        addCodesStarting(w, one);
      }
      if (all == null) {
        all = one;
      } else {
        all.and(one);
      }
    }
    if (all == null) {
      return system.concepts();
    }
    return all.stream().mapToObj(i -> system.concept(codes[i])).flatMap(Optional::stream);
  }

  private BitSet withWordStarting(String prefix) {
    BitSet found = new BitSet(codes.length);
    for (int i = firstAtLeast(words, prefix); i < words.length && words[i].startsWith(prefix); i++) {
      for (int ordinal : postings[i]) {
        found.set(ordinal);
      }
    }
    return found;
  }

  private void addCodesStarting(String prefix, BitSet found) {
    for (int i = firstAtLeast(sortedCodes, prefix); i < sortedCodes.length && sortedCodes[i].startsWith(prefix);
        i++) {
      found.set(codeOrdinals[i]);
    }
  }

  private static int firstAtLeast(String[] sorted, String key) {
    int at = Arrays.binarySearch(sorted, key);
    return at >= 0 ? at : -at - 1;
  }
}
