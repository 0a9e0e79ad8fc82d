package org.cptx.terminology.valueset;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The distinct words of a code system's texts, sorted, each with the numbers of the texts that hold
 * it in ascending order; a text's number is {@code slot * stride + concept} ({@link TextIndex}).
 *
 * @param stride the concepts rounded up to whole 64-bit words
 * @param bits the slots times the stride
 */
record TextWords(String[] words, int[][] postings, int stride, int bits) {

  static TextWords of(org.cptx.terminology.Concept[] concepts) {
    int stride = Math.max(64, (concepts.length + 63) & ~63);
    Map<String, IntList> byWord = new HashMap<>();
    int slots = 1;
    for (int ordinal = 0; ordinal < concepts.length; ordinal++) {
      List<String> texts = TextIndex.texts(concepts[ordinal]);
      slots = Math.max(slots, texts.size());
      for (int slot = 0; slot < texts.size(); slot++) {
        int text = slot * stride + ordinal;
        for (String word : TextFilter.words(texts.get(slot))) {
          byWord.computeIfAbsent(word, w -> new IntList()).add(text);
        }
      }
    }
    String[] words = byWord.keySet().toArray(String[]::new);
    Arrays.sort(words);
    int[][] postings = new int[words.length][];
    for (int i = 0; i < words.length; i++) {
      postings[i] = byWord.get(words[i]).sortedDistinct();
    }
    return new TextWords(words, postings, stride, Math.multiplyExact(slots, stride));
  }

  /** A growing list of ints. */
  private static final class IntList {
    private int[] values = new int[4];
    private int size;

    void add(int value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    int[] sortedDistinct() {
      return Arrays.stream(values, 0, size).sorted().distinct().toArray();
    }
  }
}
