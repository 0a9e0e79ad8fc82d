package org.cptx.terminology.valueset;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.stream.Stream;
import org.cptx.terminology.CodeSystemProvider;
import org.cptx.terminology.Concept;
import org.cptx.terminology.model.Designation;

/**
 * The words of one code system's displays and designations, built once per provider (its content
 * never changes): a sorted array of the distinct words as {@link TextFilter} splits them, each with
 * the texts (a concept's display or one designation) that hold it, so that the texts holding a word
 * that starts with a typed one are a binary search and a scan of the neighbouring words away.
 * Intersecting the texts of each typed word gives exactly the concepts {@link TextFilter#matches}
 * accepts for a member that takes its display from its concept. The concepts are the ones {@link
 * CodeSystemProvider#concepts()} gives, those a rule without the index would list.
 */
final class TextIndex {

  private static final Map<CodeSystemProvider, TextIndex> BUILT =
      Collections.synchronizedMap(new WeakHashMap<>());

  private final Concept[] concepts;
  private final int[] textOwners;
  private final String[] words;
  private final int[][] postings;
  private final int[][] conceptPostings;
  private final String[] sortedCodes;
  private final int[] codeOrdinals;

  private TextIndex(
      Concept[] concepts,
      int[] textOwners,
      String[] words,
      int[][] postings,
      String[] sortedCodes,
      int[] codeOrdinals) {
    this.concepts = concepts;
    this.textOwners = textOwners;
    this.words = words;
    this.postings = postings;
    this.conceptPostings = new int[postings.length][];
    for (int i = 0; i < postings.length; i++) {
      conceptPostings[i] = Arrays.stream(postings[i]).map(t -> textOwners[t]).distinct().toArray();
    }
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
    List<Concept> concepts = new ArrayList<>();
    List<Integer> owners = new ArrayList<>();
    Map<String, BitSet> byWord = new HashMap<>();
    system
        .concepts()
        .forEach(
            c -> {
              int ordinal = concepts.size();
              concepts.add(c);
              for (String text : texts(c)) {
                int textId = owners.size();
                owners.add(ordinal);
                for (String word : TextFilter.words(text)) {
                  byWord.computeIfAbsent(word, w -> new BitSet()).set(textId);
                }
              }
            });
    String[] words = byWord.keySet().toArray(String[]::new);
    Arrays.sort(words);
    int[][] postings = new int[words.length][];
    for (int i = 0; i < words.length; i++) {
      postings[i] = byWord.get(words[i]).stream().toArray();
    }
    Integer[] order = new Integer[concepts.size()];
    Arrays.setAll(order, i -> i);
    String[] lower =
        concepts.stream().map(c -> c.code().toLowerCase(Locale.ROOT)).toArray(String[]::new);
    Arrays.sort(order, (a, b) -> lower[a].compareTo(lower[b]));
    String[] sortedCodes = Arrays.stream(order).map(i -> lower[i]).toArray(String[]::new);
    int[] codeOrdinals = Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    return new TextIndex(
        concepts.toArray(Concept[]::new),
        owners.stream().mapToInt(Integer::intValue).toArray(),
        words,
        postings,
        sortedCodes,
        codeOrdinals);
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
   * The concepts, in the system's order, that match these filter words (at least one): every word
   * starts a word of one same text (the display or one designation), or (one word alone) the word
   * starts the code.
   */
  Stream<Concept> matches(String[] filterWords) {
    return concepts(find(filterWords));
  }

  /** The ordinals of the concepts {@link #matches} gives. */
  BitSet find(String[] filterWords) {
    if (filterWords.length == 1) {
      BitSet found = new BitSet(concepts.length);
      for (int i = firstAtLeast(words, filterWords[0]);
          i < words.length && words[i].startsWith(filterWords[0]);
          i++) {
        for (int ordinal : conceptPostings[i]) {
          found.set(ordinal);
        }
      }
      addCodesStarting(filterWords[0], found);
      return found;
    }
    BitSet texts = null;
    for (String w : filterWords) {
      BitSet one = textsWithWordStarting(w);
      if (texts == null) {
        texts = one;
      } else {
        texts.and(one);
      }
    }
    BitSet found = new BitSet(concepts.length);
    texts.stream().forEach(t -> found.set(textOwners[t]));
    return found;
  }

  /** The concepts of these ordinals, in the system's order. */
  Stream<Concept> concepts(BitSet ordinals) {
    return ordinals.stream().mapToObj(i -> concepts[i]);
  }

  private BitSet textsWithWordStarting(String prefix) {
    BitSet found = new BitSet(textOwners.length);
    for (int i = firstAtLeast(words, prefix);
        i < words.length && words[i].startsWith(prefix);
        i++) {
      for (int text : postings[i]) {
        found.set(text);
      }
    }
    return found;
  }

  private void addCodesStarting(String prefix, BitSet found) {
    for (int i = firstAtLeast(sortedCodes, prefix);
        i < sortedCodes.length && sortedCodes[i].startsWith(prefix);
        i++) {
      found.set(codeOrdinals[i]);
    }
  }

  private static int firstAtLeast(String[] sorted, String key) {
    int at = Arrays.binarySearch(sorted, key);
    return at >= 0 ? at : -at - 1;
  }
}
