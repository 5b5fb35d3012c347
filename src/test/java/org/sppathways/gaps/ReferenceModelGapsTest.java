package org.sppathways.gaps;

import org.sppathways.model.ProfileSource;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sppathways.io.ProfileReader;
import org.sppathways.model.PersonId;
import org.sppathways.model.Population;
import org.sppathways.model.ProgressionRoute;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.model.WorkforceModel;
import org.sppathways.reference.ReferenceModels;

/**
 * Gap analysis on the bundled social prescribing reference model and the fictional example
 * people of {@code docs/examples/}: the study's findings as assertions, and golden results under
 * {@code src/test/resources/golden/gaps/} (regenerate with {@code -Dsppathways.golden.update=true},
 * see {@link Golden}).
 */
class ReferenceModelGapsTest {
  static final WorkforceModel SP = ReferenceModels.socialPrescribing();
  static final RoleId LINK_WORKER = RoleId.of("link-worker");
  static final Population EXAMPLES =
      ProfileReader.of(SP).read(Path.of("docs/examples/sp-profiles.csv"));

  private final GapAnalysis gaps = GapAnalysis.of(SP);

  /**
   * The seed study's finding: people come into link work from many backgrounds, and each brings
   * some transferable skills but none brings everything.
   */
  @Test
  void routesIntoLinkWorkAreVariedAndBringPartlyTransferableSkills() {
    List<Transfer> backgrounds = gaps.backgroundsFor(LINK_WORKER);
    long external = SP.roles().stream().filter(Role::external).count();
    assertThat(backgrounds).hasSize((int) external).hasSizeGreaterThanOrEqualTo(10);
    assertThat(backgrounds).filteredOn(t -> t.overlap() > 0 && t.overlap() < 1)
        .as("backgrounds with a partial overlap").hasSizeGreaterThanOrEqualTo(8);
    assertThat(backgrounds).noneMatch(t -> t.overlap() == 1.0);
    assertThat(backgrounds.stream().map(Transfer::overlap).distinct().count())
        .as("distinct overlaps").isGreaterThanOrEqualTo(6);
    assertThat(backgrounds.get(0).overlap()).isLessThan(0.5);
    Golden.assertMatches("gaps/backgrounds-for-link-worker.txt", transfers(backgrounds));
  }

  @Test
  void everyProfessionWithAnEntryRouteBringsSomethingToWhereItLeads() {
    List<String> routesIn = SP.routes().stream()
        .filter(r -> SP.role(r.from()).external() && !SP.role(r.to()).external())
        .map(r -> r.from().value()).distinct().toList();
    assertThat(routesIn).as("professions with a route in").hasSizeGreaterThanOrEqualTo(10);
    for (String from : routesIn) {
      double best = SP.routesFrom(RoleId.of(from)).stream().map(ProgressionRoute::to)
          .filter(to -> !SP.role(to).external())
          .mapToDouble(to -> gaps.gap(RoleId.of(from), to).readiness()).max().orElse(0);
      assertThat(best).as("best overlap of %s along its routes in", from).isGreaterThan(0).isLessThan(1);
    }
  }

  @Test
  void goldenGapOfAnExamplePerson() {
    GapReport g = gaps.gap(EXAMPLES.person(PersonId.of("demo-01")), LINK_WORKER);
    assertThat(g.readiness()).isEqualTo(30.0 / 36);
    assertThat(g.essentialMet()).isFalse();
    assertThat(g.shortfall()).isEqualTo(7);
    Golden.assertMatches("gaps/demo-01-link-worker.txt", report(g));
  }

  @Test
  void goldenRoleToRoleGapAndTheLadderStep() {
    GapReport g = gaps.gap(LINK_WORKER, RoleId.of("senior-link-worker"));
    RouteDelta d = gaps.delta(LINK_WORKER, RoleId.of("senior-link-worker"));
    // Every target-role change of the route is a gap of the role-to-role report, and back.
    assertThat(d.changes().stream().filter(c -> !c.ofMove()).map(LevelChange::competency).toList())
        .isEqualTo(g.gaps().stream().map(RequirementGap::competency).toList());
    Golden.assertMatches("gaps/link-worker-to-senior-link-worker.txt", report(g) + "\n" + delta(d));
  }

  @Test
  void goldenNextRolesAndFit() {
    List<RoleOption> next = gaps.nextRoles(EXAMPLES.person(PersonId.of("demo-01")), 2);
    TalentPool pool = gaps.fit(EXAMPLES, RoleId.of("senior-link-worker"));
    String text = next.stream().map(o -> String.format(Locale.ROOT, "%-26s %.4f %-5s %3d %s",
            o.role(), o.readiness(), o.essentialMet(), o.shortfall(),
            o.steps().isPresent() ? String.valueOf(o.steps().getAsInt()) : "-"))
        .collect(Collectors.joining("\n", "next roles of demo-01 within 2 steps\n", "\n"))
        + pool.people().stream().map(c -> String.format(Locale.ROOT, "%-8s %.4f %-5s %3d",
            c.person(), c.readiness(), c.essentialMet(), c.shortfall()))
        .collect(Collectors.joining("\n", "\nfit for senior-link-worker\n", "\n"));
    Golden.assertMatches("gaps/demo-01-next-and-senior-fit.txt", text);
  }

  @Test
  void theExamplePopulationsNeedsDoNotDependOnThreads() {
    NeedsAnalysis needs = NeedsAnalysis.of(gaps);
    ProfileSource source = ProfileSource.of(EXAMPLES.people());
    for (Optional<RoleId> target : List.of(Optional.<RoleId>empty(), Optional.of(LINK_WORKER))) {
      PopulationNeeds one = needsOf(needs, source, target, 1);
      assertThat(needsOf(needs, source, target, 2)).isEqualTo(one);
      assertThat(NeedsAnalysisProperties.naive(gaps, EXAMPLES.people(), target).competencies())
          .isEqualTo(one.competencies());
    }
  }

  @Test
  void theScorerAgreesWithTheReportsOnTheReferenceModel() {
    RoleScorer scorer = RoleScorer.of(gaps);
    for (var p : EXAMPLES.people()) {
      scorer.score(p);
      for (int r = 0; r < scorer.roleCount(); r++) {
        GapReport g = gaps.gap(p, scorer.role(r));
        assertThat(scorer.shortfall(r)).isEqualTo(g.shortfall());
        assertThat(scorer.met(r)).isEqualTo(g.met());
        assertThat(scorer.essentialMet(r)).isEqualTo(g.essentialMet());
      }
    }
  }

  static String transfers(List<Transfer> list) {
    return list.stream().map(t -> String.format(Locale.ROOT, "%-30s -> %-12s %.4f %2d/%d",
        t.from(), t.to(), t.overlap(), t.met(), t.total())).collect(Collectors.joining("\n", "", "\n"));
  }

  static String report(GapReport g) {
    StringBuilder s = new StringBuilder();
    s.append(g.person().map(p -> "person " + p).orElse("")).append(g.from().map(f -> "from " + f)
        .orElse("")).append(" -> ").append(g.role()).append('\n');
    s.append(String.format(Locale.ROOT, "readiness %.6f (%d of %d), essentialMet %s, shortfall %d, "
        + "weightedReadiness %.6f%n", g.readiness(), g.met(), g.requirements().size(),
        g.essentialMet(), g.shortfall(), g.weightedReadiness()));
    for (RequirementGap r : g.requirements()) {
      s.append(String.format(Locale.ROOT, "  %-38s held %d required %d %-9s %s%n", r.competency(),
          r.held(), r.required(), r.essential() ? "essential" : "desirable", r.met() ? "met"
              : "short " + r.shortfall()));
    }
    return s.toString().replace("\r\n", "\n");
  }

  static String delta(RouteDelta d) {
    StringBuilder s = new StringBuilder("route " + d.from() + " -> " + d.to() + " ("
        + d.kind().name().toLowerCase(Locale.ROOT) + ")\n");
    for (LevelChange c : d.changes()) {
      s.append(String.format(Locale.ROOT, "  %-38s %d -> %d %-9s %s%s%n", c.competency(),
          c.fromLevel(), c.toLevel(), c.essential() ? "essential" : "desirable",
          c.isNew() ? "new" : "raised", c.ofMove() ? " (the move itself)" : ""));
    }
    return s.toString().replace("\r\n", "\n");
  }

  /** Needs against the target role when there is one, else against each person's own role. */
  private static PopulationNeeds needsOf(NeedsAnalysis needs, ProfileSource source,
      Optional<RoleId> target, int threads) {
    return target.map(t -> needs.needs(source, t, threads))
        .orElseGet(() -> needs.needs(source, threads));
  }
}
