package org.sppathways.training;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.sppathways.model.Competency;
import org.sppathways.model.CompetencyId;
import org.sppathways.model.CompetencyLevel;
import org.sppathways.model.Course;
import org.sppathways.model.CourseId;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.Requirement;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.model.UnknownIdException;
import org.sppathways.model.WorkforceModel;

/**
 * Course coverage for training providers: which competencies a catalogue covers and up to which
 * level, which role requirements no course reaches, how far each role can be reached by
 * training, and which missing course would help most.
 *
 * <pre>{@code
 * CoverageReport report = CoverageAnalysis.of(model).report(10);
 * report.uncovered();        // what no course teaches to the level roles need
 * report.bestAdditions();    // the courses worth writing next
 * }</pre>
 *
 * <h2>Courses worth adding</h2>
 * A course is worth adding for a competency when it is the only thing a role lacks: every other
 * requirement of the role is reached by some course or is learned on the job
 * ({@link org.sppathways.model.Competency#learnedOnTheJob()}). The new course reaches the highest
 * level required by the roles it is the only thing short for, and would make them reachable by
 * courses and practice. External professions ({@link Role#external()}: nurses, housing officers
 * and others people enter social prescribing from) are not trained for by the catalogue and are
 * left out, as are competencies learned on the job, which no course is expected to teach. A role
 * short of two or more competencies needs more than one new course and is counted under none.
 * When there is no addition, {@link CoverageReport#noAdditions()} says why.
 *
 * <h2>By organisation type</h2>
 * {@link #report(int, OrganisationTypeId)} answers for one type of employer: only the roles that
 * type offers ({@link Role#offeredBy()}), each with its requirements there
 * ({@link Role#requirementsIn(OrganisationTypeId)}, the type's {@linkplain Role#variants()
 * variant}: a competency the variant adds counts as required, one it removes does not). The
 * competencies' required levels, the uncovered competencies, the roles' coverage and the best
 * additions all follow from those requirements; what the catalogue teaches does not depend on the
 * type. {@link #report(int)} reads every role with its own requirements.
 *
 * <pre>{@code
 * CoverageReport vcse = CoverageAnalysis.of(model).report(5, OrganisationTypeId.of("vcse-charity"));
 * }</pre>
 *
 * <h2>Complexity</h2>
 * O(K + Q + C log C) for K course-coverage entries, Q role requirements and C competencies.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class CoverageAnalysis {
  private final WorkforceModel model;
  private final List<Course> catalogue;

  private CoverageAnalysis(WorkforceModel model, List<Course> catalogue) {
    this.model = model;
    this.catalogue = List.copyOf(catalogue);
  }

  /** Coverage of the model's own courses. */
  public static CoverageAnalysis of(WorkforceModel model) {
    return new CoverageAnalysis(Objects.requireNonNull(model, "model"), model.courses());
  }

  /**
   * Coverage of another catalogue (e.g. one read by {@code CourseCatalogueReader}) against the
   * model's roles. Courses covering competencies the model lacks are ignored for those entries.
   */
  public static CoverageAnalysis of(WorkforceModel model, List<Course> catalogue) {
    return new CoverageAnalysis(Objects.requireNonNull(model, "model"), catalogue);
  }

  /**
   * The coverage report, with at most {@code additions} best additions.
   *
   * @throws IllegalArgumentException if additions is negative
   */
  public CoverageReport report(int additions) {
    return report(additions, model.roles(), Role::requirements);
  }

  /**
   * The coverage report for the roles one organisation type offers, each with its requirements
   * in that type (see the class comment), with at most {@code additions} best additions. Roles
   * are in model order; a type that offers no role gets a report with no roles, no uncovered
   * competency and no additions.
   *
   * <pre>{@code
   * analysis.report(5, OrganisationTypeId.of("vcse-charity")).uncovered();
   * }</pre>
   *
   * @throws IllegalArgumentException if additions is negative
   * @throws UnknownIdException if the model has no such organisation type
   * @since 0.1.0
   */
  public CoverageReport report(int additions, OrganisationTypeId type) {
    Objects.requireNonNull(type, "type");
    model.organisationType(type);
    List<Role> offered = model.roles().stream().filter(r -> r.offeredBy().contains(type))
        .toList();
    return report(additions, offered, r -> r.requirementsIn(type));
  }

  private CoverageReport report(int additions, List<Role> scope,
      Function<Role, List<Requirement>> requirementsOf) {
    if (additions < 0) {
      throw new IllegalArgumentException("additions must be 0 or more, was " + additions);
    }
    Map<CompetencyId, Integer> maxLevel = new HashMap<>();
    Map<CompetencyId, List<CourseId>> best = new HashMap<>();
    Map<CompetencyId, Integer> covering = new HashMap<>();
    for (Course course : catalogue) {
      for (CompetencyLevel cover : course.covers()) {
        CompetencyId c = cover.competency();
        covering.merge(c, 1, Integer::sum);
        int current = maxLevel.getOrDefault(c, 0);
        if (cover.level() > current) {
          maxLevel.put(c, cover.level());
          best.put(c, new ArrayList<>(List.of(course.id())));
        } else if (cover.level() == current) {
          best.get(c).add(course.id());
        }
      }
    }
    Map<CompetencyId, Integer> required = new HashMap<>();
    for (Role role : scope) {
      for (Requirement q : requirementsOf.apply(role)) {
        required.merge(q.competency(), q.level(), Math::max);
      }
    }
    List<CompetencyCoverage> competencies = new ArrayList<>();
    List<CompetencyCoverage> uncovered = new ArrayList<>();
    for (Competency c : model.competencies()) {
      List<CourseId> courses = new ArrayList<>(best.getOrDefault(c.id(), List.of()));
      courses.sort(Comparator.naturalOrder());
      CompetencyCoverage coverage = new CompetencyCoverage(c.id(), maxLevel.getOrDefault(c.id(), 0),
          courses, covering.getOrDefault(c.id(), 0), required.getOrDefault(c.id(), 0),
          c.learnedOnTheJob());
      competencies.add(coverage);
      if (coverage.isShort()) {
        uncovered.add(coverage);
      }
    }
    List<RoleCoverage> roles = new ArrayList<>();
    // competency -> (required level -> roles for which this competency is the only one short)
    Map<CompetencyId, TreeMap<Integer, List<RoleId>>> soleBlocker = new HashMap<>();
    int shortRoles = 0;
    for (Role role : scope) {
      List<Requirement> requirements = requirementsOf.apply(role);
      int closable = 0;
      int onTheJob = 0;
      Requirement blocker = null;
      int blockers = 0;
      for (Requirement q : requirements) {
        if (maxLevel.getOrDefault(q.competency(), 0) >= q.level()) {
          closable++;
          continue;
        }
        if (model.competency(q.competency()).learnedOnTheJob()) {
          onTheJob++;
        } else {
          blockers++;
          blocker = q;
        }
      }
      roles.add(new RoleCoverage(role.id(), requirements.size(), closable, onTheJob));
      if (role.external()) {
        continue;
      }
      if (blockers > 0) {
        shortRoles++;
      }
      if (blockers == 1) {
        soleBlocker.computeIfAbsent(blocker.competency(), k -> new TreeMap<>())
            .computeIfAbsent(blocker.level(), k -> new ArrayList<>()).add(role.id());
      }
    }
    List<CoverageAddition> candidates = new ArrayList<>();
    for (Map.Entry<CompetencyId, TreeMap<Integer, List<RoleId>>> e : soleBlocker.entrySet()) {
      List<RoleId> unlocked = new ArrayList<>();
      e.getValue().values().forEach(unlocked::addAll);
      unlocked.sort(Comparator.naturalOrder());
      int level = e.getValue().lastKey();
      int closed = 0;
      for (Role role : scope) {
        if (role.external()) {
          continue;
        }
        for (Requirement q : requirementsOf.apply(role)) {
          if (q.competency().equals(e.getKey()) && q.level() <= level
              && maxLevel.getOrDefault(q.competency(), 0) < q.level()) {
            closed++;
          }
        }
      }
      candidates.add(new CoverageAddition(e.getKey(), level, unlocked, closed));
    }
    candidates.sort(Comparator.comparingInt((CoverageAddition a) -> a.roles().size()).reversed()
        .thenComparing(Comparator.comparingInt(CoverageAddition::requirementsClosed).reversed())
        .thenComparing(CoverageAddition::competency));
    Optional<String> none = Optional.empty();
    if (shortRoles == 0) {
      none = Optional.of("No course is worth adding: every role (external professions aside) can "
          + "be reached by the catalogue's courses and practice; what no course reaches is "
          + "learned on the job.");
    } else if (candidates.isEmpty()) {
      none = Optional.of("No single course is worth adding: each of the " + shortRoles
          + " roles (external professions aside) the catalogue cannot reach lacks two or more "
          + "competencies that courses are expected to teach.");
    } else if (additions == 0) {
      none = Optional.of("No courses worth adding were asked for (0 additions).");
    }
    return new CoverageReport(competencies, uncovered, roles,
        candidates.subList(0, Math.min(additions, candidates.size())), none);
  }
}
