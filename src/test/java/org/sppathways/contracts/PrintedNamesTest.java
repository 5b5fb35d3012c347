package org.sppathways.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sppathways.io.FileFormat;
import org.sppathways.model.Confidence;
import org.sppathways.model.RouteKind;
import org.sppathways.paths.Criterion;
import org.sppathways.structure.MonthsTies;
import org.sppathways.training.Objective;

/**
 * Every public enum prints one way — in {@code toString()}, in files and JSON, on the command
 * line — and reads that name back through its {@code parse}.
 */
class PrintedNamesTest {

  @Test
  void routeKindPrintsAsInModelFiles() {
    assertPrinted(RouteKind.values(), "entry", "promotion", "lateral", "specialisation");
    roundTrip(RouteKind.values(), RouteKind::parse);
  }

  @Test
  void confidencePrintsAsInModelFiles() {
    assertPrinted(Confidence.values(), "verified", "uncertain", "assumed");
    roundTrip(Confidence.values(), Confidence::parse);
  }

  @Test
  void criterionPrintsAsTheByOption() {
    assertPrinted(Criterion.values(), "steps", "months", "hours", "cost");
    roundTrip(Criterion.values(), Criterion::parse);
  }

  @Test
  void objectivePrintsAsTheObjectiveOption() {
    assertPrinted(Objective.values(), "hours", "cost", "count");
    roundTrip(Objective.values(), Objective::parse);
  }

  @Test
  void monthsTiesPrintsWithHyphens() {
    assertPrinted(MonthsTies.values(), "every-path", "fewest-moves");
    roundTrip(MonthsTies.values(), MonthsTies::parse);
  }

  @Test
  void fileFormatPrintsAsItsExtension() {
    assertPrinted(FileFormat.values(), "yaml", "json", "csv");
    roundTrip(FileFormat.values(), FileFormat::parse);
  }

  @Test
  void anUnknownNameIsRefusedWithTheValidNamesAndTheClosestOne() {
    assertThatIllegalArgumentException().isThrownBy(() -> MonthsTies.parse("fewest-move"))
        .withMessage("'fewest-move' is not a months-ties rule; did you mean 'fewest-moves'? "
            + "(use one of: every-path, fewest-moves)");
    assertThatIllegalArgumentException().isThrownBy(() -> Criterion.parse("STEPS"))
        .withMessageContaining("'STEPS' is not a criterion");
    assertThatIllegalArgumentException().isThrownBy(() -> Criterion.parse("fewest_moves"))
        .withMessageContaining("use one of: steps, months, hours, cost");
  }

  /** A new public enum is covered too: it prints in lower case and has a parse that reads it. */
  @Test
  void everyPublicEnumPrintsItsLowerCaseNameAndParsesIt() throws Exception {
    List<Class<?>> enums = PublicApi.types().stream().filter(Class::isEnum).toList();
    assertThat(enums).hasSizeGreaterThanOrEqualTo(6);
    for (Class<?> type : enums) {
      Method parse = type.getMethod("parse", String.class);
      assertThat(Modifier.isStatic(parse.getModifiers())).as(type.getName()).isTrue();
      for (Object constant : type.getEnumConstants()) {
        String printed = constant.toString();
        assertThat(printed).as(type.getName())
            .isEqualTo(((Enum<?>) constant).name().toLowerCase(Locale.ROOT).replace('_', '-'));
        assertThat(parse.invoke(null, printed)).as(type.getName()).isSameAs(constant);
      }
    }
  }

  private static void assertPrinted(Enum<?>[] values, String... names) {
    assertThat(Arrays.stream(values).map(Object::toString)).containsExactly(names);
  }

  private static <E> void roundTrip(E[] values, java.util.function.Function<String, E> parse) {
    for (E value : values) {
      assertThat(parse.apply(value.toString())).isSameAs(value);
    }
  }
}
