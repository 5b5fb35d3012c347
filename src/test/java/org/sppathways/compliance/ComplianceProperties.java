package org.sppathways.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.sppathways.model.CompetencyId;
import org.sppathways.model.CompetencyLevel;
import org.sppathways.model.Competency;
import org.sppathways.model.Completion;
import org.sppathways.model.Course;
import org.sppathways.model.CourseId;
import org.sppathways.model.OrganisationType;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.PersonId;
import org.sppathways.model.ProficiencyScale;
import org.sppathways.model.Requirement;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.model.RoleVariant;
import org.sppathways.model.WorkerProfile;
import org.sppathways.model.WorkforceModel;

/**
 * Compliance statuses on random small models and dated profiles against a brute-force oracle
 * written from the rule by walking the calendar day by day, without {@code HeldLevels}:
 * a level is held on a day when some evidence at that level or above has begun by then and its
 * lapse day is later; {@code current} when it is held on as-of and on every day of the window,
 * {@code due} when held on as-of but not on some day of the window (the date: the first such day),
 * {@code lapsed} when not held on as-of but on some earlier day (the date: the day after the last
 * such day), {@code missing} otherwise. Only evidence begun by as-of is counted.
 */
class ComplianceProperties {
  private static final LocalDate BASE = LocalDate.of(2024, 1, 1);

  @Property(tries = 300, seed = "19019")
  void statusesMatchTheDayByDayOracle(@ForAll long seed,
      @ForAll @IntRange(min = 0, max = 6) int within) {
    Random random = new Random(seed);
    WorkforceModel model = model(random);
    ComplianceAnalysis analysis = ComplianceAnalysis.of(model, ComplianceSettings.of(within, 12));
    for (int n = 0; n < 8; n++) {
      WorkerProfile person = person(random, model, n);
      LocalDate asOf = BASE.plusDays(random.nextInt(900));
      List<ComplianceItem> rows = analysis.person(person, asOf);
      Role role = model.role(person.role().get());
      List<Requirement> requirements = role.requirementsFor(person);
      assertThat(rows).hasSameSizeAs(requirements);
      for (int i = 0; i < rows.size(); i++) {
        Requirement r = requirements.get(i);
        ComplianceItem row = rows.get(i);
        assertThat(row.competency()).isEqualTo(r.competency());
        assertThat(row.required()).isEqualTo(r.level());
        Oracle expected = oracle(model, person, r.competency(), r.level(), asOf,
            asOf.plusMonths(within));
        assertThat(row.status()).as("%s on %s", r, asOf).isEqualTo(expected.status);
        assertThat(row.date()).as("date of %s on %s", r, asOf).isEqualTo(expected.date);
        assertThat(row.held()).as("the level held, as HeldLevels reads it")
            .isEqualTo(org.sppathways.model.HeldLevels.of(model, person, asOf)
                .level(r.competency()));
        Statistics.label("status").collect(row.status());
      }
    }
    Statistics.label("status").coverage(c -> {
      for (ComplianceStatus status : ComplianceStatus.values()) {
        c.check(status).count(n -> n > 0);   // every status is met across the tries
      }
    });
  }

  /** Adding days to as-of never turns a lapsed level current or due (nothing new is evidenced). */
  @Property(tries = 200, seed = "19020")
  void laterNeverRevivesALapsedLevel(@ForAll long seed,
      @ForAll @IntRange(min = 1, max = 400) int days) {
    Random random = new Random(seed);
    WorkforceModel model = model(random);
    ComplianceAnalysis analysis = ComplianceAnalysis.of(model);
    WorkerProfile person = person(random, model, 0);
    LocalDate asOf = BASE.plusDays(random.nextInt(900));
    List<ComplianceItem> now = analysis.person(person, asOf);
    List<ComplianceItem> later = analysis.person(person, asOf.plusDays(days));
    for (int i = 0; i < now.size(); i++) {
      boolean evidencedLater = begunBetween(model, person, now.get(i).competency(), asOf,
          asOf.plusDays(days));
      if (now.get(i).status() == ComplianceStatus.LAPSED && !evidencedLater) {
        assertThat(later.get(i).status()).isEqualTo(ComplianceStatus.LAPSED);
      }
    }
  }

  /** The summary's counts are the per-person rows counted, whatever the population. */
  @Property(tries = 60, seed = "19021")
  void summaryIsTheSumOfRows(@ForAll long seed) {
    Random random = new Random(seed);
    WorkforceModel model = model(random);
    ComplianceAnalysis analysis = ComplianceAnalysis.of(model, ComplianceSettings.of(2, 6));
    List<WorkerProfile> people = new ArrayList<>();
    for (int n = 0; n < 40; n++) {
      people.add(person(random, model, n));
    }
    LocalDate asOf = BASE.plusDays(random.nextInt(900));
    ComplianceSummary s = analysis.summarise(people, asOf);
    long[] total = new long[4];
    for (WorkerProfile p : people) {
      analysis.person(p, asOf).forEach(item -> total[item.status().ordinal()]++);
    }
    assertThat(s.total()).isEqualTo(new StatusCounts("", total[0], total[1], total[2],
        total[3]));
    for (ComplianceSummary.Grouping g : ComplianceSummary.Grouping.values()) {
      assertThat(s.by(g).stream().mapToLong(StatusCounts::total).sum())
          .isEqualTo(s.total().total());
    }
    long needing = 0;
    for (WorkerProfile p : people) {
      needing += analysis.person(p, asOf).stream().filter(i ->
          i.status() == ComplianceStatus.LAPSED || i.status() == ComplianceStatus.DUE).count();
    }
    // every lapsed or due item (a due one lapses within 2 months, inside the 6-month horizon)
    // needs a refresher, and each person counts at most once per item
    long demand = s.refreshers().stream().mapToLong(RefresherDemand::people).sum();
    if (needing > 0) {
      assertThat(demand).isPositive();
    }
    assertThat(s.refreshers()).allMatch(d -> !d.month().isBefore(java.time.YearMonth.from(asOf))
        && d.month().isBefore(java.time.YearMonth.from(asOf).plusMonths(6)));
  }

  private record Oracle(ComplianceStatus status, Optional<LocalDate> date) {}

  /** One piece of evidence as the issue states it: a level, a first day, a first day not held. */
  private record Piece(int level, LocalDate from, LocalDate until) {
    boolean countsOn(LocalDate day) {
      return (from == null || !from.isAfter(day)) && (until == null || day.isBefore(until));
    }
  }

  private static List<Piece> pieces(WorkforceModel model, WorkerProfile person,
      CompetencyId competency) {
    List<Piece> out = new ArrayList<>();
    Integer held = person.holds().get(competency);
    if (held != null && held > 0) {
      out.add(new Piece(held, null, person.holdsUntil().get(competency)));
    }
    for (Completion done : person.completions()) {
      Course course = model.course(done.course());
      for (CompetencyLevel cover : course.covers()) {
        if (cover.competency().equals(competency)) {
          LocalDate from = done.date().orElse(null);
          LocalDate until = from == null || course.validForMonths().isEmpty() ? null
              : from.plusMonths(course.validForMonths().getAsInt());
          out.add(new Piece(cover.level(), from, until));
        }
      }
    }
    return out;
  }

  private static boolean heldOn(List<Piece> pieces, int level, LocalDate day) {
    return pieces.stream().anyMatch(p -> p.level >= level && p.countsOn(day));
  }

  private static Oracle oracle(WorkforceModel model, WorkerProfile person,
      CompetencyId competency, int level, LocalDate asOf, LocalDate end) {
    List<Piece> begun = pieces(model, person, competency).stream()
        .filter(p -> p.from == null || !p.from.isAfter(asOf)).toList();
    if (heldOn(begun, level, asOf)) {
      for (LocalDate d = asOf.plusDays(1); d.isBefore(end); d = d.plusDays(1)) {
        if (!heldOn(begun, level, d)) {
          return new Oracle(ComplianceStatus.DUE, Optional.of(d));
        }
      }
      return new Oracle(ComplianceStatus.CURRENT, Optional.empty());
    }
    for (LocalDate d = asOf.minusDays(1); !d.isBefore(BASE.minusYears(6)); d = d.minusDays(1)) {
      if (heldOn(begun, level, d)) {
        return new Oracle(ComplianceStatus.LAPSED, Optional.of(d.plusDays(1)));
      }
    }
    return new Oracle(ComplianceStatus.MISSING, Optional.empty());
  }

  private static boolean begunBetween(WorkforceModel model, WorkerProfile person,
      CompetencyId competency, LocalDate from, LocalDate to) {
    return pieces(model, person, competency).stream()
        .anyMatch(p -> p.from != null && p.from.isAfter(from) && !p.from.isAfter(to));
  }

  /** Three to five competencies, two organisation types, two roles, a few dated courses. */
  static WorkforceModel model(Random random) {
    int competencies = 3 + random.nextInt(3);
    WorkforceModel.Builder b = WorkforceModel.builder().name("random")
        .scale(ProficiencyScale.of("1", "2", "3", "4"));
    for (int c = 0; c < competencies; c++) {
      b.addCompetency(Competency.builder().id(c(c)).name("c" + c).domain("d").build());
    }
    OrganisationTypeId a = OrganisationTypeId.of("a");
    OrganisationTypeId z = OrganisationTypeId.of("z");
    b.addOrganisationType(OrganisationType.builder().id(a).name("a").sector("s").build());
    b.addOrganisationType(OrganisationType.builder().id(z).name("z").sector("s").build());
    for (int r = 0; r < 2; r++) {
      Role.Builder role = Role.builder().id(RoleId.of("r" + r)).title("r" + r)
          .addOfferedBy(a, z);
      List<Integer> required = new ArrayList<>();
      for (int c = 0; c < competencies; c++) {
        if (random.nextInt(3) > 0) {
          int level = 1 + random.nextInt(4);
          role.addRequirement(Requirement.of(c(c), level));
          required.add(c);
          if (level > 1 && random.nextInt(3) == 0) {
            role.addFirstYear(CompetencyLevel.of(c(c), 1 + random.nextInt(level)));
          }
        }
      }
      if (!required.isEmpty() && random.nextBoolean()) {
        RoleVariant.Builder v = RoleVariant.builder()
            .addRemove(c(required.get(random.nextInt(required.size()))));
        int added = random.nextInt(competencies);
        if (!v.build().remove().contains(c(added))) {
          v.addAdd(Requirement.of(c(added), 1 + random.nextInt(4)));
        }
        role.putVariant(z, v.build());
      }
      b.addRole(role.build());
    }
    int courses = 2 + random.nextInt(4);
    for (int k = 0; k < courses; k++) {
      Course.Builder course = Course.builder().id(CourseId.of("k" + k)).title("k" + k).hours(1)
          .cost(random.nextInt(3));
      int c = random.nextInt(competencies);
      course.addCover(CompetencyLevel.of(c(c), 1 + random.nextInt(4)));
      int other = random.nextInt(competencies);
      if (other != c && random.nextBoolean()) {
        course.addCover(CompetencyLevel.of(c(other), 1 + random.nextInt(4)));
      }
      if (random.nextInt(4) > 0) {
        course.validForMonths(1 + random.nextInt(36));
      }
      b.addCourse(course.build());
    }
    return b.build();
  }

  /** A person in a random role with a few held levels (some lapsing) and completions (some dated). */
  static WorkerProfile person(Random random, WorkforceModel model, int n) {
    WorkerProfile.Builder p = WorkerProfile.builder().id(PersonId.of("p" + n))
        .role(model.roles().get(random.nextInt(model.roles().size())).id())
        .monthsInRole(random.nextInt(24));
    if (random.nextInt(3) > 0) {
      p.organisationType(model.organisationTypes().get(random.nextInt(2)).id());
    }
    for (Competency c : model.competencies()) {
      int kind = random.nextInt(4);
      if (kind == 1) {
        p.putHold(c.id(), 1 + random.nextInt(4));
      } else if (kind == 2) {
        p.putHold(c.id(), 1 + random.nextInt(4), BASE.plusDays(random.nextInt(1000)));
      }
    }
    int completions = random.nextInt(5);
    for (int i = 0; i < completions; i++) {
      CourseId course = model.courses().get(random.nextInt(model.courses().size())).id();
      if (random.nextInt(5) == 0) {
        p.addCompleted(course);
      } else {
        p.addCompleted(course, BASE.minusDays(400).plusDays(random.nextInt(1400)));
      }
    }
    return p.build();
  }

  private static CompetencyId c(int c) {
    return CompetencyId.of("c" + c);
  }
}
