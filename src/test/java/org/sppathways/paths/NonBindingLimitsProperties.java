package org.sppathways.paths;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.paths.RandomGraphs.Instance;

/**
 * Step and month limits that cannot bind (at least as many steps as roles, more months than any
 * path adds up to) give the same answers as no limits. The limited searches run on key vectors
 * (a multi-criteria reverse tree, label setting for repairs), the unlimited ones on packed
 * single keys: two implementations checked against each other on models larger than the
 * brute-force oracle can enumerate. Seed pinned as in {@link CareerPathFinderProperties}.
 */
class NonBindingLimitsProperties {

  private static RoleId anyRole(Instance in, Random random) {
    List<Role> roles = in.model().roles();
    return roles.get(random.nextInt(roles.size())).id();
  }

  private static List<List<RoleId>> roles(List<CareerPath> paths) {
    return paths.stream().map(CareerPath::roles).toList();
  }

  @Property(tries = 100, seed = CareerPathFinderProperties.SEED)
  void kBestUnderLimitsThatCannotBindEqualsKBestWithout(@ForAll long seed) {
    Instance in = RandomGraphs.instance(seed, 12);
    Random random = new Random(seed ^ 0x1F2E3DL);
    RoleId from = anyRole(in, random);
    RoleId to = anyRole(in, random);
    int k = 1 + random.nextInt(10);
    Criterion by = Criterion.values()[random.nextInt(4)];
    int n = in.model().roles().size();

    CareerPaths free = in.finder().paths(from, to, k, PathQuery.by(by));
    CareerPaths steps = in.finder().paths(from, to, k,
        PathQuery.builder().by(by).maxSteps(n).build());
    CareerPaths months = in.finder().paths(from, to, k,
        PathQuery.builder().by(by).maxMonths(1_000_000).build());

    assertThat(roles(steps.paths())).isEqualTo(roles(free.paths()));
    assertThat(roles(months.paths())).isEqualTo(roles(free.paths()));
    assertThat(steps.complete()).isTrue();
    assertThat(months.complete()).isTrue();
  }

  @Property(tries = 150, seed = CareerPathFinderProperties.SEED)
  void reachUnderLimitsThatCannotBindEqualsReachWithout(@ForAll long seed) {
    Instance in = RandomGraphs.instance(seed, 12);
    Random random = new Random(seed ^ 0x4C5B6AL);
    RoleId from = anyRole(in, random);
    Criterion by = Criterion.values()[random.nextInt(4)];
    int n = in.model().roles().size();

    Reach free = in.finder().reach(from, PathQuery.by(by));
    Reach limited = in.finder().reach(from,
        PathQuery.builder().by(by).maxSteps(n).maxMonths(1_000_000).build());

    assertThat(roles(limited.roles().stream().map(ReachableRole::path).toList()))
        .isEqualTo(roles(free.roles().stream().map(ReachableRole::path).toList()));
  }
}
