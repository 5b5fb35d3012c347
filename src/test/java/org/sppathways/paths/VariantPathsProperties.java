package org.sppathways.paths;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.sppathways.model.CompetencyId;
import org.sppathways.model.CompetencyLevel;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.Requirement;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.model.RoleVariant;
import org.sppathways.model.WorkerProfile;
import org.sppathways.model.WorkforceModel;
import org.sppathways.paths.RandomGraphs.Instance;

/**
 * Paths in an organisation type against an oracle by construction: searching a model with
 * variants in type T gives exactly what searching the same model gives once every role's
 * requirements are replaced by {@link Role#requirementsIn(OrganisationTypeId) its requirements
 * in T} (and variants and first-year targets dropped) — same paths, same order, same steps, gaps,
 * courses, hours and cost. Without a type, the variants are ignored. The searches themselves are
 * checked against brute force in {@link CareerPathFinderProperties}; this says that the type only
 * chooses the requirements. All four types are asked of one finder in a random order, so that a
 * plan or target memoised for one type that another would get wrong shows up.
 */
class VariantPathsProperties {

  static final String SEED = "20261203";

  /** The instance's model with random variants per offered type, and random first-year targets. */
  static WorkforceModel withVariants(WorkforceModel model, Random random) {
    List<Role> roles = new ArrayList<>();
    for (Role role : model.roles()) {
      Role.Builder b = Role.builder().from(role);
      for (OrganisationTypeId type : role.offeredBy()) {
        if (random.nextInt(3) == 0) {
          continue;
        }
        RoleVariant.Builder v = RoleVariant.builder();
        List<CompetencyId> removed = new ArrayList<>();
        for (Requirement q : role.requirements()) {
          if (random.nextInt(3) == 0) {
            removed.add(q.competency());
          }
        }
        v.addAllRemove(removed);
        for (String c : RandomGraphs.COMPETENCIES) {
          CompetencyId id = CompetencyId.of(c);
          if (!removed.contains(id) && random.nextInt(3) == 0) {
            v.addAdd(random.nextInt(4) > 0 ? Requirement.of(id, 1 + random.nextInt(3))
                : Requirement.desirable(id, 1 + random.nextInt(3)));
          }
        }
        b.putVariant(type, v.build());
      }
      for (Requirement q : role.requirements()) {
        if (random.nextInt(3) == 0) {
          b.addFirstYear(CompetencyLevel.of(q.competency(), 1 + random.nextInt(q.level())));
        }
      }
      roles.add(b.build());
    }
    return withRoles(model, roles);
  }

  /** Every role with its requirements in the type (its own without one); no variants. */
  static WorkforceModel flattened(WorkforceModel model, Optional<OrganisationTypeId> type) {
    List<Role> roles = new ArrayList<>();
    for (Role role : model.roles()) {
      roles.add(Role.builder().from(role)
          .requirements(type.isPresent() ? role.requirementsIn(type.get()) : role.requirements())
          .variants(Map.of()).firstYear(List.of()).build());
    }
    return withRoles(model, roles);
  }

  private static WorkforceModel withRoles(WorkforceModel model, List<Role> roles) {
    return WorkforceModel.builder().name(model.name()).scale(model.scale())
        .addCompetencies(model.competencies()).addOrganisationTypes(model.organisationTypes())
        .addRoles(roles).addRoutes(model.routes()).addCourses(model.courses()).build();
  }

  private static List<Optional<OrganisationTypeId>> typesInRandomOrder(Random random) {
    List<Optional<OrganisationTypeId>> types = new ArrayList<>();
    types.add(Optional.empty());
    for (String o : RandomGraphs.ORGS) {
      types.add(Optional.of(OrganisationTypeId.of(o)));
    }
    Collections.shuffle(types, random);
    return types;
  }

  private static RoleId anyRole(WorkforceModel model, Random random) {
    return model.roles().get(random.nextInt(model.roles().size())).id();
  }

  @Property(tries = 200, seed = SEED)
  void fromARoleInATypeEqualsTheModelWithThatTypesRequirements(@ForAll long seed) {
    Instance in = RandomGraphs.instance(seed, 6);
    Random random = new Random(seed ^ 0x5eedL);
    WorkforceModel model = withVariants(in.model(), random);
    CareerPathFinder finder = CareerPathFinder.of(model);
    RoleId from = anyRole(model, random);
    RoleId to = anyRole(model, random);
    int k = 1 + random.nextInt(4);
    PathQuery base = CareerPathFinderProperties.randomQuery(in, random, false);
    int what = random.nextInt(3);
    for (Optional<OrganisationTypeId> type : typesInRandomOrder(random)) {
      PathQuery q = type.isPresent() ? base.toBuilder().organisationType(type.get()).build()
          : base;
      CareerPathFinder oracle = CareerPathFinder.of(flattened(model, type));
      switch (what) {
        case 0:
          assertThat(finder.paths(from, to, k, q)).isEqualTo(oracle.paths(from, to, k, base));
          break;
        case 1:
          assertThat(finder.pareto(from, to, q)).isEqualTo(oracle.pareto(from, to, base));
          break;
        default:
          assertThat(finder.reach(from, q)).isEqualTo(oracle.reach(from, base));
      }
    }
  }

  @Property(tries = 200, seed = SEED)
  void fromAPersonInATypeEqualsTheModelWithThatTypesRequirements(@ForAll long seed) {
    Instance in = RandomGraphs.instance(seed, 6);
    Random random = new Random(seed ^ 0xfaceL);
    WorkforceModel model = withVariants(in.model(), random);
    CareerPathFinder finder = CareerPathFinder.of(model);
    WorkerProfile person = RandomGraphs.person(in, random);
    RoleId to = anyRole(model, random);
    int k = 1 + random.nextInt(4);
    PathQuery base = CareerPathFinderProperties.randomQuery(in, random, true);
    int what = random.nextInt(3);
    boolean byQuery = random.nextBoolean();
    for (Optional<OrganisationTypeId> type : typesInRandomOrder(random)) {
      // the type given either by the query or as the person's own
      PathQuery q = byQuery && type.isPresent()
          ? base.toBuilder().organisationType(type.get()).build() : base;
      WorkerProfile p = !byQuery && type.isPresent()
          ? WorkerProfile.builder().from(person).organisationType(type.get()).build() : person;
      CareerPathFinder oracle = CareerPathFinder.of(flattened(model, type));
      switch (what) {
        case 0:
          assertThat(finder.paths(p, to, k, q)).isEqualTo(oracle.paths(person, to, k, base));
          break;
        case 1:
          assertThat(finder.pareto(p, to, q)).isEqualTo(oracle.pareto(person, to, base));
          break;
        default:
          assertThat(finder.reach(p, q)).isEqualTo(oracle.reach(person, base));
      }
    }
  }

  @Property(tries = 100, seed = SEED)
  void theQuerysTypeOverridesThePersons(@ForAll long seed) {
    Instance in = RandomGraphs.instance(seed, 6);
    Random random = new Random(seed ^ 0xbeefL);
    WorkforceModel model = withVariants(in.model(), random);
    CareerPathFinder finder = CareerPathFinder.of(model);
    OrganisationTypeId own = OrganisationTypeId.of(RandomGraphs.ORGS.get(random.nextInt(3)));
    OrganisationTypeId asked = OrganisationTypeId.of(RandomGraphs.ORGS.get(random.nextInt(3)));
    WorkerProfile person = WorkerProfile.builder().from(RandomGraphs.person(in, random))
        .organisationType(own).build();
    RoleId to = anyRole(model, random);
    PathQuery q = PathQuery.builder().by(Criterion.HOURS).organisationType(asked).build();
    CareerPathFinder oracle = CareerPathFinder.of(flattened(model, Optional.of(asked)));
    assertThat(finder.paths(person, to, 3, q))
        .isEqualTo(oracle.paths(person, to, 3, PathQuery.by(Criterion.HOURS)));
  }
}
