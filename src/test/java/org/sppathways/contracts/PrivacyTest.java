package org.sppathways.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.reflect.ClassPath;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sppathways.gaps.Candidate;
import org.sppathways.gaps.GapAnalysis;
import org.sppathways.gaps.GapReport;
import org.sppathways.gaps.NextRoles;
import org.sppathways.gaps.TalentPool;
import org.sppathways.model.PersonId;
import org.sppathways.model.Population;
import org.sppathways.model.WorkerProfile;
import org.sppathways.training.Objective;
import org.sppathways.training.TrainingPlanReport;
import org.sppathways.training.TrainingPlanner;

/**
 * Worker profiles are personal data: nothing the library prints about a named person may show
 * their competency levels (or scores derived from them), and the library never logs.
 *
 * <p>The person in these tests holds distinctive competencies at distinctive levels, so a
 * {@code toString} that leaks them is caught by looking for the competency ids and level values.
 */
class PrivacyTest {

  private final Samples samples = new Samples();
  private final GapAnalysis gaps = GapAnalysis.of(samples.model);
  private final WorkerProfile person = WorkerProfile.builder().from(samples.person)
      .addCompleted(samples.model.courses().get(0).id()).build();

  /** The texts that would give away what the person holds. */
  private List<String> secrets() {
    List<String> secrets = new ArrayList<>();
    person.holds().forEach((c, level) -> {
      secrets.add(c.value());
      secrets.add("=" + level);
    });
    person.completed().forEach(c -> secrets.add(c.value()));
    secrets.add(String.valueOf(person.monthsInRole()));
    return secrets;
  }

  @Test
  void profileShowsItsIdAndCountsOnly() {
    assertThat(person.holds()).hasSizeGreaterThan(1);
    assertThat(person.toString())
        .isEqualTo("WorkerProfile{id=p-0001, " + person.holds().size() + " competencies, 1 courses}")
        .doesNotContain(secrets());
  }

  @Test
  void populationShowsItsSizeOnly() {
    assertThat(Population.of(List.of(person)).toString())
        .isEqualTo("Population{1 people}")
        .doesNotContain(person.id().value());
  }

  @Test
  void personsGapShowsNoLevels() {
    GapReport gap = gaps.gap(person, samples.target.id());
    assertThat(gap.requirements()).isNotEmpty();
    assertThat(gap.toString())
        .isEqualTo("GapReport{person=p-0001, role=" + samples.target.id() + ", "
            + gap.requirements().size() + " requirements}")
        .doesNotContain(secrets())
        .doesNotContain("held", "readiness", "shortfall");
  }

  @Test
  void gapBetweenRolesIsNotPersonalAndShowsEverything() {
    GapReport gap = gaps.gap(samples.role.id(), samples.target.id());
    assertThat(gap.toString())
        .contains("from=" + samples.role.id(), "held=", "shortfall=" + gap.shortfall());
  }

  @Test
  void talentPoolAndCandidatesShowNoScores() {
    TalentPool pool = gaps.fit(Population.of(List.of(person)), samples.target.id());
    Candidate candidate = pool.people().get(0);
    assertThat(pool.toString())
        .isEqualTo("TalentPool{role=" + samples.target.id() + ", 1 people}")
        .doesNotContain(person.id().value());
    assertThat(candidate.toString())
        .isEqualTo("Candidate{person=p-0001}")
        .doesNotContain(String.valueOf(candidate.readiness()), "shortfall");
  }

  @Test
  void nextRolesShowNoScores() {
    NextRoles next = NextRoles.of(person, gaps.nextRoles(person));
    assertThat(next.roles()).isNotEmpty();
    assertThat(next.toString())
        .isEqualTo("NextRoles{person=p-0001, " + next.roles().size() + " roles}")
        .doesNotContain(secrets())
        .doesNotContain("readiness", "shortfall");
  }

  @Test
  void aPersonsTrainingPlanShowsNoCourses() {
    TrainingPlanner planner = TrainingPlanner.of(samples.model);
    GapReport gap = gaps.gap(person, samples.target.id());
    TrainingPlanReport report = TrainingPlanReport.of(gap,
        planner.plan(person, gap, Objective.HOURS), planner.catalogue());
    assertThat(report.toString())
        .isEqualTo("TrainingPlanReport{person=p-0001, role=" + samples.target.id() + ", "
            + report.courses().size() + " courses}")
        .doesNotContain(secrets());
    report.courses().forEach(c -> assertThat(report.toString()).doesNotContain(c.id().value()));
  }

  @Test
  void complianceRowsShowNoLevelsOrStatus() {
    var compliance = org.sppathways.compliance.ComplianceAnalysis.of(samples.model);
    WorkerProfile inRole = WorkerProfile.builder().from(person).role(samples.target.id()).build();
    var items = compliance.person(inRole, java.time.LocalDate.of(2026, 6, 1));
    assertThat(items).isNotEmpty();
    for (var item : items) {
      assertThat(item.toString())
          .isEqualTo("ComplianceItem{person=p-0001, role=" + samples.target.id()
              + ", competency=" + item.competency() + "}")
          .doesNotContain("held", "current", "due", "lapsed", "missing");
    }
    var register = compliance.register(org.sppathways.model.ProfileSource.of(List.of(inRole)),
        java.time.LocalDate.of(2026, 6, 1));
    assertThat(register.toString()).isEqualTo("ComplianceRegister{asOf=2026-06-01, "
        + items.size() + " rows}").doesNotContain(person.id().value());
  }

  @Test
  void spellsShowNoPersonAndNoDays() {
    var spell = org.sppathways.evidence.Spell.of(person.id(), samples.target.id(),
        java.time.LocalDate.of(2021, 4, 1)).leftOn(java.time.LocalDate.of(2022, 5, 2));
    assertThat(spell.toString()).isEqualTo("Spell{" + samples.target.id() + ", left}")
        .doesNotContain(person.id().value(), "2021", "2022");
  }

  /**
   * Every public value that names a person (a {@link PersonId} or {@link WorkerProfile}
   * component, directly or inside an Optional or collection) has a toString checked above, so a
   * new one cannot slip in with the record default that prints every component. An Immutables
   * value names a person through its abstract accessors (its fields are in the generated class).
   */
  @Test
  void everyTypeNamingAPersonIsCheckedHere() {
    List<Class<?>> naming = new ArrayList<>();
    for (Class<?> type : PublicApi.types()) {
      if (type.isInterface()) {
        continue;
      }
      if (Modifier.isAbstract(type.getModifiers())) {
        for (Method m : type.getDeclaredMethods()) {
          if (Modifier.isAbstract(m.getModifiers()) && m.getParameterCount() == 0
              && mentions(m.getGenericReturnType())) {
            naming.add(type);
            break;
          }
        }
        continue;
      }
      for (Field f : type.getDeclaredFields()) {
        if (!Modifier.isStatic(f.getModifiers()) && mentions(f.getGenericType())) {
          naming.add(type);
          break;
        }
      }
    }
    assertThat(naming).containsExactlyInAnyOrder(
        GapReport.class, Candidate.class, Population.class, WorkerProfile.class, NextRoles.class,
        TrainingPlanReport.class, org.sppathways.compliance.ComplianceItem.class,
        org.sppathways.evidence.Spell.class);
  }

  private static boolean mentions(Type type) {
    if (type == PersonId.class || type == WorkerProfile.class) {
      return true;
    }
    if (type instanceof ParameterizedType p) {
      for (Type t : p.getActualTypeArguments()) {
        if (mentions(t)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A profile built in code that does not fit the model is rejected with the readers' messages:
   * the person's id, the field and the unknown id, never a held level (here 9, above the scale)
   * nor the person's other holdings.
   */
  @Test
  void aProfileCheckNamesNoHeldLevel() {
    Map<org.sppathways.model.CompetencyId, Integer> holds = new java.util.LinkedHashMap<>(
        person.holds());
    holds.put(org.sppathways.model.CompetencyId.of("juggling"), 3);
    holds.put(samples.model.competencies().get(0).id(), 9);
    WorkerProfile odd = WorkerProfile.builder().from(person).holds(holds).build();
    String message = org.assertj.core.api.Assertions.catchThrowable(
        () -> gaps.gap(odd, samples.target.id())).getMessage();
    assertThat(message).contains("person 'p-0001': unknown competency 'juggling'")
        .contains("the level is outside the scale")
        .doesNotContain("9", "=3", String.valueOf(person.monthsInRole()));
    for (var e : person.holds().entrySet()) {
      if (!e.getKey().equals(samples.model.competencies().get(0).id())) {
        assertThat(message).doesNotContain(e.getKey().value());
      }
    }
  }

  /**
   * No library class outside the command-line front end writes to standard output or error,
   * prints a stack trace or uses a logging API: checked in the compiled classes, where the
   * references cannot hide in a comment or behind an import.
   */
  @Test
  void theLibraryNeverLogs() throws IOException {
    Map<String, String> forbidden = Map.of(
        "Ljava/io/PrintStream;", "System.out or System.err",
        "printStackTrace", "printStackTrace",
        "java/util/logging/", "java.util.logging",
        "java/lang/System$Logger", "System.Logger",
        "org/slf4j/", "SLF4J",
        "org/apache/logging/", "Log4j",
        "org/apache/commons/logging/", "Commons Logging");
    List<String> found = new ArrayList<>();
    int checked = 0;
    for (ClassPath.ClassInfo info : ClassPath.from(getClass().getClassLoader()).getAllClasses()) {
      if (!info.getPackageName().startsWith("org.sppathways")
          || info.getPackageName().equals("org.sppathways.cli")
          || !info.url().toString().startsWith(mainOutput())) {
        continue;
      }
      String bytes;
      try (InputStream in = info.url().openStream()) {
        bytes = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
      }
      checked++;
      forbidden.forEach((marker, what) -> {
        if (bytes.contains(marker)) {
          found.add(info.getName() + " uses " + what);
        }
      });
    }
    assertThat(checked).as("library classes checked").isGreaterThan(100);
    assertThat(found).isEmpty();
  }

  private static String mainOutput() {
    return WorkerProfile.class.getProtectionDomain().getCodeSource().getLocation().toString();
  }
}
