package org.cptx.terminology.valueset;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
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
 *
 * <p>A text is numbered by its slot (0 the display, 1 the first designation, ...) and its concept:
 * {@code slot * stride + concept}, with a stride of whole 64-bit words. The concepts of a set of
 * texts are then the OR of its slots, word by word. A word that many texts hold keeps its texts as
 * a bit set too, ORed in whole.
 */
final class TextIndex {

  private static final Map<CodeSystemProvider, TextIndex> BUILT =
      Collections.synchronizedMap(new WeakHashMap<>());

  private final Concept[] concepts;
  private final int conceptWords;
  private final int textWords;
  private final String[] words;
  private final int[][] postings;
  private final long[][] dense;
  private final String[] sortedCodes;
  private final int[] codeOrdinals;

  private TextIndex(Concept[] concepts, TextWords texts, String[] sortedCodes, int[] codeOrdinals) {
    this.concepts = concepts;
    this.conceptWords = texts.stride() >>> 6;
    this.textWords = texts.bits() >>> 6;
    this.words = texts.words();
    this.postings = texts.postings();
    this.dense = new long[postings.length][];
    for (int i = 0; i < postings.length; i++) {
      if (postings[i].length >= texts.bits() / 32) {
        dense[i] = new long[textWords];
        orInto(dense[i], postings[i]);
      }
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
    Concept[] concepts = system.concepts().toArray(Concept[]::new);
    TextWords texts = TextWords.of(concepts);
    Integer[] order = new Integer[concepts.length];
    Arrays.setAll(order, i -> i);
    String[] lower =
        Arrays.stream(concepts).map(c -> c.code().toLowerCase(Locale.ROOT)).toArray(String[]::new);
    Arrays.sort(order, (a, b) -> lower[a].compareTo(lower[b]));
    String[] sortedCodes = Arrays.stream(order).map(i -> lower[i]).toArray(String[]::new);
    int[] codeOrdinals = Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    return new TextIndex(concepts, texts, sortedCodes, codeOrdinals);
  }

  /** The texts of a concept, its display first: a text's place here is its slot. */
  static List<String> texts(Concept c) {
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
    long[] texts = textsWithWordStarting(filterWords[0]);
    for (int w = 1; w < filterWords.length; w++) {
      long[] more = textsWithWordStarting(filterWords[w]);
      for (int i = 0; i < texts.length; i++) {
        texts[i] &= more[i];
      }
    }
    long[] found = new long[conceptWords];
    for (int from = 0; from < textWords; from += conceptWords) {
      for (int i = 0; i < conceptWords; i++) {
        found[i] |= texts[from + i];
      }
    }
    BitSet ordinals = BitSet.valueOf(found);
    if (filterWords.length == 1) {
      addCodesStarting(filterWords[0], ordinals);
    }
    return ordinals;
  }

  /** The concepts of these ordinals, in the system's order. */
  Stream<Concept> concepts(BitSet ordinals) {
    return ordinals.stream().mapToObj(i -> concepts[i]);
  }

  private long[] textsWithWordStarting(String prefix) {
    long[] found = new long[textWords];
    for (int i = firstAtLeast(words, prefix);
        i < words.length && words[i].startsWith(prefix);
        i++) {
      if (dense[i] != null) {
        long[] bits = dense[i];
        for (int j = 0; j < bits.length; j++) {
          found[j] |= bits[j];
        }
      } else {
        orInto(found, postings[i]);
      }
    }
    return found;
  }

  private static void orInto(long[] bits, int[] texts) {
    for (int t : texts) {
      bits[t >>> 6] |= 1L << t;
    }
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
