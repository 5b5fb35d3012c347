package org.sppathways.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * "Did you mean" suggestions: the allowed distance {@code max(1, length / 3)} at its boundaries,
 * the tie order, and the Levenshtein distance with its early exit.
 */
class SuggestionsTest {

  @Nested
  class Closest {

    @Test
    void anExactMatchIsItsOwnSuggestion() {
      assertThat(Suggestions.closest("listening", List.of("listening"))).contains("listening");
    }

    @Test
    void shortInputsAllowOneEdit() {
      // length 3 / 3 = 1 edit; length 2 / 3 = 0, raised to 1
      assertThat(Suggestions.closest("abc", List.of("abd"))).contains("abd");
      assertThat(Suggestions.closest("abc", List.of("xyc"))).isEmpty();
      assertThat(Suggestions.closest("ab", List.of("ax"))).contains("ax");
      assertThat(Suggestions.closest("ab", List.of("xy"))).isEmpty();
    }

    @Test
    void theAllowedDistanceIsAThirdOfTheLength() {
      // length 6: two edits allowed, three not
      assertThat(Suggestions.closest("abcdef", List.of("abcdxy"))).contains("abcdxy");
      assertThat(Suggestions.closest("abcdef", List.of("abcxyz"))).isEmpty();
      // length 12: four edits allowed, five not
      assertThat(Suggestions.closest("abcdefghijkl", List.of("abcdefghwxyz")))
          .contains("abcdefghwxyz");
      assertThat(Suggestions.closest("abcdefghijkl", List.of("abcdefgvwxyz"))).isEmpty();
    }

    @Test
    void candidatesLongerOrShorterByTheAllowedDistanceAreStillConsidered() {
      // two insertions or two deletions from a six-character input
      assertThat(Suggestions.closest("abcdef", List.of("abcdefgh"))).contains("abcdefgh");
      assertThat(Suggestions.closest("abcdef", List.of("abcd"))).contains("abcd");
      assertThat(Suggestions.closest("abcdef", List.of("abcdefghi", "abc"))).isEmpty();
    }

    @Test
    void theClosestCandidateWinsWhereverItIsListed() {
      assertThat(Suggestions.closest("abcdef", List.of("abcdxy", "abcdex"))).contains("abcdex");
      assertThat(Suggestions.closest("abcdef", List.of("abcdex", "abcdxy"))).contains("abcdex");
    }

    @Test
    void tiesGoToTheCandidateThatSortsFirst() {
      assertThat(Suggestions.closest("abc", List.of("abz", "abx", "aby"))).contains("abx");
      assertThat(Suggestions.closest("abc", List.of("abx", "abz"))).contains("abx");
    }

    @Test
    void noCandidatesNoSuggestion() {
      assertThat(Suggestions.closest("abc", List.of())).isEmpty();
    }
  }

  @Nested
  class Distance {

    @Test
    void levenshteinDistances() {
      assertThat(Suggestions.distance("kitten", "sitting", 10)).isEqualTo(3);
      assertThat(Suggestions.distance("", "abc", 10)).isEqualTo(3);
      assertThat(Suggestions.distance("abc", "", 10)).isEqualTo(3);
      assertThat(Suggestions.distance("flaw", "lawn", 10)).isEqualTo(2);
      assertThat(Suggestions.distance("same", "same", 10)).isZero();
      assertThat(Suggestions.distance("ab", "ba", 10)).isEqualTo(2);
    }

    @Test
    void stopsJustAboveTheLimitOnceTheDistanceMustExceedIt() {
      assertThat(Suggestions.distance("kitten", "sitting", 1)).isEqualTo(2);
      assertThat(Suggestions.distance("abcdef", "uvwxyz", 2)).isEqualTo(3);
    }

    @Test
    void aDistanceEqualToTheLimitIsExact() {
      assertThat(Suggestions.distance("kitten", "sitting", 3)).isEqualTo(3);
      assertThat(Suggestions.distance("abc", "abd", 1)).isEqualTo(1);
    }
  }
}
