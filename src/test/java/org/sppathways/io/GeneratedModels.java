package org.sppathways.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import org.sppathways.model.Competency;
import org.sppathways.model.CompetencyId;
import org.sppathways.model.CompetencyLevel;
import org.sppathways.model.Confidence;
import org.sppathways.model.Course;
import org.sppathways.model.CourseId;
import org.sppathways.model.OrganisationType;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.ProficiencyLevel;
import org.sppathways.model.ProficiencyScale;
import org.sppathways.model.ProgressionRoute;
import org.sppathways.model.Requirement;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.model.RouteKind;
import org.sppathways.model.SupportStructure;
import org.sppathways.model.WorkforceModel;

/**
 * jqwik arbitraries for small valid models: up to 8 competencies, 4 organisation types, 6 roles,
 * 8 routes and 5 courses, with random provenance, attributes, optional fields and flow
 * parameters (rates, leaving and recruitment, overall and per organisation type), and texts and
 * ids that are hard to write as YAML ({@code yes}, {@code null}, {@code 123}, {@code a: b},
 * {@code - x}, {@code #}, leading spaces, line breaks, non-Latin scripts, emoji).
 *
 * <p>Validity is by construction: references point only at generated ids, a competency's parent
 * and a course's prerequisites come from earlier entries (so there are no loops), routes join
 * distinct pairs of distinct roles, levels stay within the generated scale, and flow parameters
 * are made valid by {@link #validFlows} (rates out of a role scaled to add up to at most 1).
 */
public final class GeneratedModels {
  private GeneratedModels() {}

  /** Texts that YAML would read as something else, or that need quoting or escaping. */
  public static final List<String> TRICKY_TEXTS = List.of(
      "yes", "no", "on", "off", "y", "n", "Y", "true", "False", "TRUE", "null", "Null", "NULL", "~",
      "123", "-1", "+1", "1.5", "1e3", "0x1F", "0o17", "010", "1_000", "12:30", "2024-01-01",
      ".inf", "-.inf", ".nan", "0", "a: b", "a:b", "- x", "-", "#", "# comment", "a #b", "key:",
      "[x]", "{x: y}", "&anchor", "*alias", "!tag", "!!str x", "%percent", "@at", "`tick", "|",
      ">", "'single'", "\"double\"", "it's", "---", "...", "<<", "?", "? x", ",", "=", "\\",
      "back\\slash", "  leading spaces", "trailing spaces  ", "tab\there", "line\nbreak",
      "trailing newline\n", "\nleading newline", "two\n\nblank lines", "carriage\r\nreturn",
      "ünïcödé", "日本語のテキスト", "emoji 😀 and 🧑‍⚕️", "عربى right to left", "zero\u200bwidth",
      "x-not-an-extension", "format", "sp-pathways/1", "\u00a0no-break-start", "%YAML 1.1");

  /** Ids (no whitespace) that YAML would read as something else. */
  public static final List<String> TRICKY_IDS = List.of(
      "yes", "no", "on", "off", "true", "null", "Null", "~", "123", "-1", "1.5", "1e3", "0x1F",
      "010", "2024-01-01", "12:30", ".inf", ".nan", "-", "--", "#", "#x", "a#b", "a:b", "-x",
      "*x", "&x", "!x", "%x", "@x", "[x]", "{x}", "x,y", "'x", "\"x", "ü", "😀", "日本",
      "http://data.europa.eu/esco/skill/0a1b#c", "---", "...", "<<", "?", "|", ">", "=", "x-y",
      "11-1011.00", "link-worker");

  /** Any non-blank text, often a tricky one. */
  public static Arbitrary<String> texts() {
    Arbitrary<String> ascii = Arbitraries.strings().withCharRange(' ', '~').ofMinLength(1)
        .ofMaxLength(20);
    Arbitrary<String> unicode = Arbitraries.strings().withCharRange(' ', '~')
        .withCharRange('\u00a1', '\u024f').withCharRange('\u0391', '\u03c9')
        .withCharRange('\u4e00', '\u4e50').withChars('\n', '\t')
        .ofMinLength(1).ofMaxLength(20);
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(3, Arbitraries.of(TRICKY_TEXTS)),
            net.jqwik.api.Tuple.of(2, ascii),
            net.jqwik.api.Tuple.of(2, unicode))
        .filter(s -> !s.isBlank());
  }

  /** Any valid id text, often a tricky one. */
  public static Arbitrary<String> idTexts() {
    Arbitrary<String> plain = Arbitraries.strings().withCharRange('a', 'z').numeric()
        .withChars('-', '.', '_', ':', '/', '#', 'é').ofMinLength(1).ofMaxLength(12);
    Arbitrary<String> printable = Arbitraries.strings().withCharRange('!', '~')
        .ofMinLength(1).ofMaxLength(8);
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(2, Arbitraries.of(TRICKY_IDS)),
        net.jqwik.api.Tuple.of(3, plain),
        net.jqwik.api.Tuple.of(1, printable));
  }

  private static <T> Arbitrary<List<T>> uniqueIds(Function<String, T> factory, int max) {
    return idTexts().list().uniqueElements().ofMaxSize(max)
        .withSizeDistribution(RandomDistribution.uniform())
        .map(list -> list.stream().map(factory).toList());
  }

  /** Up to {@code max} distinct elements of {@code from}, in random order. */
  private static <T> Arbitrary<List<T>> someOf(List<T> from, int max) {
    if (from.isEmpty()) {
      return Arbitraries.just(List.of());
    }
    return Arbitraries.of(from).list().uniqueElements().ofMaxSize(Math.min(max, from.size()))
        .withSizeDistribution(RandomDistribution.uniform());
  }

  private static <T> Arbitrary<Optional<T>> optional(Arbitrary<T> value) {
    return value.optional(0.5);
  }

  /** Sources, confidence and notes. */
  private record Provenance(List<String> sources, Optional<Confidence> confidence,
      Optional<String> notes) {}

  private static Arbitrary<Provenance> provenance() {
    return Combinators.combine(texts().list().ofMaxSize(2),
            optional(Arbitraries.of(Confidence.class)), optional(texts()))
        .as(Provenance::new);
  }

  private static Arbitrary<Map<String, String>> attributes() {
    return Arbitraries.maps(texts(), texts()).ofMaxSize(3);
  }

  private static Arbitrary<ProficiencyScale> scales() {
    Arbitrary<ProficiencyLevel> level = Combinators.combine(texts(), optional(texts()))
        .as((name, description) -> ProficiencyLevel.builder().level(1).name(name)
            .description(description).build());
    return level.list().ofMinSize(1).ofMaxSize(5).map(levels -> {
      ProficiencyScale.Builder b = ProficiencyScale.builder();
      for (int i = 0; i < levels.size(); i++) {
        ProficiencyLevel l = levels.get(i);
        b.addLevel(ProficiencyLevel.builder().level(i + 1).name(l.name())
            .description(l.description()).build());
      }
      return b.build();
    });
  }

  private static Arbitrary<List<Requirement>> requirements(List<CompetencyId> competencies,
      int maxLevel, int max) {
    return someOf(competencies, max).flatMap(chosen -> {
      if (chosen.isEmpty()) {
        return Arbitraries.just(List.<Requirement>of());
      }
      List<Arbitrary<Requirement>> each = new ArrayList<>();
      for (CompetencyId c : chosen) {
        each.add(Combinators.combine(Arbitraries.integers().between(1, maxLevel),
                Arbitraries.of(true, true, false))
            .as((level, essential) -> Requirement.builder().competency(c).level(level)
                .essential(essential).build()));
      }
      return Combinators.combine(each).as(List::copyOf);
    });
  }

  private static Arbitrary<List<Competency>> competencies(List<CompetencyId> ids) {
    List<Arbitrary<Competency>> each = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      CompetencyId id = ids.get(i);
      Arbitrary<Optional<CompetencyId>> parent = i == 0 ? Arbitraries.just(Optional.empty())
          : optional(Arbitraries.of(ids.subList(0, i)));
      each.add(Combinators.combine(texts(), texts(), optional(texts()), parent,
              Arbitraries.of(false, false, true), provenance())
          .as((name, domain, description, p, onTheJob, prov) -> Competency.builder().id(id)
              .name(name).domain(domain).description(description).parent(p)
              .learnedOnTheJob(onTheJob).sources(prov.sources()).confidence(prov.confidence())
              .notes(prov.notes()).build()));
    }
    return each.isEmpty() ? Arbitraries.just(List.of()) : Combinators.combine(each).as(List::copyOf);
  }

  private static Arbitrary<SupportStructure> supports() {
    Arbitrary<SupportStructure> plain = texts().map(SupportStructure::of);
    Arbitrary<SupportStructure> sourced = Combinators.combine(texts(), provenance())
        .as((s, prov) -> SupportStructure.builder().structure(s).sources(prov.sources())
            .confidence(prov.confidence()).notes(prov.notes()).build());
    return Arbitraries.oneOf(plain, sourced);
  }

  private static Arbitrary<List<OrganisationType>> organisationTypes(List<OrganisationTypeId> ids) {
    List<Arbitrary<OrganisationType>> each = new ArrayList<>();
    for (OrganisationTypeId id : ids) {
      Arbitrary<List<SupportStructure>> supports = supports().list().ofMaxSize(3)
          .uniqueElements(SupportStructure::structure);
      each.add(Combinators.combine(texts(), texts(), supports, provenance())
          .as((name, sector, s, prov) -> OrganisationType.builder().id(id).name(name)
              .sector(sector).supports(s).sources(prov.sources()).confidence(prov.confidence())
              .notes(prov.notes()).build()));
    }
    return each.isEmpty() ? Arbitraries.just(List.of()) : Combinators.combine(each).as(List::copyOf);
  }

  private static Arbitrary<List<Role>> roles(List<RoleId> ids, List<CompetencyId> competencies,
      List<OrganisationTypeId> types, int maxLevel) {
    List<Arbitrary<Role>> each = new ArrayList<>();
    for (RoleId id : ids) {
      Arbitrary<Optional<Integer>> seniority = optional(Arbitraries.oneOf(
          Arbitraries.integers().between(0, 9), Arbitraries.of(0, Integer.MAX_VALUE)));
      Arbitrary<Role> role = Combinators.combine(texts(), seniority, optional(texts()),
              Arbitraries.of(false, false, true), someOf(types, 3),
              requirements(competencies, maxLevel, 4), attributes(), provenance())
          .as((title, s, family, external, offeredBy, reqs, attrs, prov) -> {
            Role.Builder b = Role.builder().id(id).title(title).family(family).external(external)
                .offeredBy(offeredBy).requirements(reqs).attributes(attrs).sources(prov.sources())
                .confidence(prov.confidence()).notes(prov.notes());
            s.ifPresent(b::seniority);
            return b.build();
          });
      each.add(Combinators.combine(role, flows(), Arbitraries.integers().between(0, 11))
          .as((r, f, seed) -> withVariants(withFlows(r, f), competencies, seed)));
    }
    return each.isEmpty() ? Arbitraries.just(List.of()) : Combinators.combine(each).as(List::copyOf);
  }

  /**
   * A role with a first-year target (seed even) and a variant for its first organisation type
   * (seed not a multiple of 3) that replaces the first requirement, removes the last (with two
   * or more) and adds one on a competency the role does not require.
   */
  private static Role withVariants(Role role, List<CompetencyId> competencies, int seed) {
    Role.Builder b = Role.builder().from(role);
    List<Requirement> reqs = role.requirements();
    if (!reqs.isEmpty() && seed % 2 == 0) {
      Requirement first = reqs.get(0);
      b.addFirstYear(CompetencyLevel.of(first.competency(), Math.max(1, first.level() - 1)));
    }
    if (!role.offeredBy().isEmpty() && seed % 3 != 0) {
      org.sppathways.model.RoleVariant.Builder v = org.sppathways.model.RoleVariant.builder();
      if (!reqs.isEmpty()) {
        v.addAdd(Requirement.builder().from(reqs.get(0)).level(1).essential(seed % 4 == 1)
            .build());
      }
      if (reqs.size() >= 2) {
        v.addRemove(reqs.get(reqs.size() - 1).competency());
      }
      competencies.stream().filter(c -> reqs.stream().noneMatch(r -> r.competency().equals(c)))
          .findFirst().ifPresent(c -> v.addAdd(Requirement.of(c, 1)));
      b.putVariant(role.offeredBy().get(0), v.build());
    }
    return b.build();
  }

  /** Entry rules over the given ids; {@code anyOf} only at the top. */
  private static Arbitrary<org.sppathways.model.EntryRule> entryRules(
      List<CompetencyId> competencies, List<CourseId> courses, List<OrganisationTypeId> types,
      int maxLevel, boolean top) {
    List<Arbitrary<org.sppathways.model.EntryRule>> kinds = new ArrayList<>();
    if (!competencies.isEmpty()) {
      kinds.add(Combinators.combine(Arbitraries.of(competencies),
          Arbitraries.integers().between(1, maxLevel)).as(org.sppathways.model.EntryRule.HeldLevel::of));
    }
    if (!courses.isEmpty()) {
      kinds.add(Arbitraries.of(courses).map(org.sppathways.model.EntryRule.CompletedCourse::of));
    }
    if (!types.isEmpty()) {
      kinds.add(Arbitraries.of(types).list().uniqueElements().ofMinSize(1).ofMaxSize(3)
          .map(t -> org.sppathways.model.EntryRule.OrganisationTypes.of(
              new java.util.LinkedHashSet<>(t))));
    }
    kinds.add(Arbitraries.oneOf(Arbitraries.doubles().between(0.5, 168).ofScale(2),
        Arbitraries.of(30.0, 37.5, 1e-3, 168.0))
        .map(org.sppathways.model.EntryRule.MinContractedHours::of));
    Arbitrary<org.sppathways.model.EntryRule> plain = Arbitraries.oneOf(kinds);
    if (!top) {
      return plain;
    }
    return Arbitraries.oneOf(plain, plain.list().ofMinSize(1).ofMaxSize(3)
        .map(org.sppathways.model.EntryRule.AnyOf::of));
  }

  /** Flow parameters of a role, placed on it by {@link #withFlows}. */
  private record Flows(Optional<Double> leaving, List<Double> leavingBy, Optional<Double> recruits,
      List<Double> recruitsBy) {}

  private static Arbitrary<Double> rates() {
    return Arbitraries.oneOf(Arbitraries.doubles().between(0, 1),
        Arbitraries.of(0.0, 1.0, 0.05, 1e-9, 0.1, 0.3));
  }

  private static Arbitrary<Flows> flows() {
    Arbitrary<Double> counts = Arbitraries.oneOf(amounts(), Arbitraries.of(0.5, 12.0, 250.0));
    return Combinators.combine(optional(rates()), rates().list().ofMaxSize(3), optional(counts),
        counts.list().ofMaxSize(3)).as(Flows::new);
  }

  /**
   * A role with flow parameters: per-type values go to the first organisation types offering it;
   * external roles get none (they have no headcount).
   */
  private static Role withFlows(Role role, Flows flows) {
    if (role.external()) {
      return role;
    }
    Role.Builder b = Role.builder().from(role);
    flows.leaving().ifPresent(b::leaving);
    flows.recruits().ifPresent(b::recruits);
    for (int i = 0; i < role.offeredBy().size(); i++) {
      if (i < flows.leavingBy().size()) {
        b.putLeavingBy(role.offeredBy().get(i), flows.leavingBy().get(i));
      }
      if (i < flows.recruitsBy().size()) {
        b.putRecruitsBy(role.offeredBy().get(role.offeredBy().size() - 1 - i),
            flows.recruitsBy().get(i));
      }
    }
    return b.build();
  }

  /**
   * Makes the flow parameters of a model valid: per-type route rates only for types offering the
   * source role, recruits only on routes from external roles, and every role's rates out (overall
   * and per organisation type) scaled down to add up to at most 1.
   */
  static WorkforceModel.Builder validFlows(WorkforceModel.Builder b, List<Role> roles,
      List<ProgressionRoute> routes, List<List<Double>> rateBys) {
    Map<RoleId, Role> byId = new java.util.HashMap<>();
    roles.forEach(r -> byId.put(r.id(), r));
    Map<RoleId, List<ProgressionRoute>> out = new java.util.LinkedHashMap<>();
    for (int i = 0; i < routes.size(); i++) {
      ProgressionRoute route = routes.get(i);
      Role from = byId.get(route.from());
      ProgressionRoute.Builder rb = route.toBuilder().rateBy(Map.of());
      List<Double> values = rateBys.get(i);
      for (int j = 0; j < Math.min(values.size(), from.offeredBy().size()); j++) {
        rb.putRateBy(from.offeredBy().get(j), values.get(j));
      }
      if (!from.external()) {
        rb.recruits(java.util.OptionalDouble.empty());
      }
      out.computeIfAbsent(route.from(), k -> new ArrayList<>()).add(rb.build());
    }
    for (Role role : roles) {
      List<ProgressionRoute> leaving = out.getOrDefault(role.id(), List.of());
      double worst = total(role, leaving, null);
      for (var type : role.offeredBy()) {
        worst = Math.max(worst, total(role, leaving, type));
      }
      if (worst > 1) {
        double f = 0.999999 / worst;
        Role.Builder rb = Role.builder().from(role).leavingBy(Map.of());
        role.leaving().ifPresent(v -> rb.leaving(v * f));
        role.leavingBy().forEach((t, v) -> rb.putLeavingBy(t, v * f));
        role = rb.build();
        List<ProgressionRoute> scaled = new ArrayList<>();
        for (ProgressionRoute r : leaving) {
          ProgressionRoute.Builder pb = r.toBuilder().rateBy(Map.of());
          r.rate().ifPresent(v -> pb.rate(v * f));
          r.rateBy().forEach((t, v) -> pb.putRateBy(t, v * f));
          scaled.add(pb.build());
        }
        out.put(role.id(), scaled);
      }
      b.addRole(role);
    }
    List<ProgressionRoute> ordered = new ArrayList<>();
    for (ProgressionRoute route : routes) {
      ordered.add(out.get(route.from()).stream().filter(r -> r.to().equals(route.to()))
          .findFirst().orElseThrow());
    }
    return b.addRoutes(ordered);
  }

  private static double total(Role role, List<ProgressionRoute> routes,
      org.sppathways.model.OrganisationTypeId type) {
    double sum = type != null && role.leavingBy().containsKey(type) ? role.leavingBy().get(type)
        : role.leaving().orElse(0);
    for (ProgressionRoute r : routes) {
      sum += type != null && r.rateBy().containsKey(type) ? r.rateBy().get(type) : r.rate().orElse(0);
    }
    return sum;
  }


  private static Arbitrary<List<ProgressionRoute>> routes(List<RoleId> roles,
      List<CompetencyId> competencies, int maxLevel) {
    List<List<RoleId>> pairs = new ArrayList<>();
    for (RoleId from : roles) {
      for (RoleId to : roles) {
        if (!from.equals(to)) {
          pairs.add(List.of(from, to));
        }
      }
    }
    return someOf(pairs, 8).flatMap(chosen -> {
      if (chosen.isEmpty()) {
        return Arbitraries.just(List.<ProgressionRoute>of());
      }
      List<Arbitrary<ProgressionRoute>> each = new ArrayList<>();
      for (List<RoleId> pair : chosen) {
        Arbitrary<Integer> months = Arbitraries.oneOf(Arbitraries.integers().between(0, 120),
            Arbitraries.of(0, Integer.MAX_VALUE));
        Arbitrary<Optional<Double>> rate = optional(Arbitraries.oneOf(
            Arbitraries.doubles().between(0, 1), Arbitraries.of(0.0, 1.0, 0.05, 1e-9, 0.1)));
        Arbitrary<Optional<Double>> recruits = optional(amounts());
        each.add(Combinators.combine(Arbitraries.of(RouteKind.class), months, rate,
                requirements(competencies, maxLevel, 2), attributes(), provenance(), recruits)
            .as((kind, m, r, reqs, attrs, prov, n) -> {
              ProgressionRoute.Builder b = ProgressionRoute.builder().from(pair.get(0))
                  .to(pair.get(1)).kind(kind).months(m).requirements(reqs).attributes(attrs)
                  .sources(prov.sources()).confidence(prov.confidence()).notes(prov.notes());
              r.ifPresent(b::rate);
              n.ifPresent(b::recruits);
              return b.build();
            }));
      }
      return Combinators.combine(each).as(List::copyOf);
    });
  }

  /** Hours and costs: whole and fractional, tiny and huge. */
  public static Arbitrary<Double> amounts() {
    return Arbitraries.oneOf(
        Arbitraries.integers().between(0, 500).map(Integer::doubleValue),
        Arbitraries.doubles().between(0, 10_000).ofScale(2),
        Arbitraries.doubles().between(0, 1e6),
        Arbitraries.of(0.0, 0.1, 1e-7, 123456789.125, 1e15, 1e20, 4.9e-324, Double.MAX_VALUE));
  }

  private static Arbitrary<List<Course>> courses(List<CourseId> ids,
      List<CompetencyId> competencies, List<OrganisationTypeId> types, int maxLevel) {
    List<Arbitrary<Course>> each = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      CourseId id = ids.get(i);
      Arbitrary<List<CompetencyLevel>> covers = requirements(competencies, maxLevel, 3)
          .map(rs -> rs.stream().map(r -> CompetencyLevel.of(r.competency(), r.level())).toList());
      Arbitrary<Course> course = Combinators.combine(texts(), optional(texts()), amounts(),
              amounts(), optional(texts()), covers, someOf(ids.subList(0, i), 2), provenance())
          .as((title, provider, hours, cost, mode, c, prerequisites, prov) -> Course.builder()
              .id(id).title(title).provider(provider).hours(hours).cost(cost).mode(mode)
              .covers(c).prerequisites(prerequisites).sources(prov.sources())
              .confidence(prov.confidence()).notes(prov.notes()).build());
      // courses completed before entry are earlier ones, as prerequisites are: no loop of
      // courses each waiting on another's completion (a model error)
      List<CourseId> others = new ArrayList<>(ids.subList(0, i));
      Arbitrary<Optional<Integer>> valid = optional(Arbitraries.oneOf(
          Arbitraries.integers().between(1, 120), Arbitraries.of(1, 12, 36, Integer.MAX_VALUE)));
      each.add(Combinators.combine(course, valid,
              entryRules(competencies, others, types, maxLevel, true).list().ofMaxSize(3))
          .as((c, months, entry) -> {
            Course.Builder b = Course.builder().from(c).entry(entry);
            months.ifPresent(b::validForMonths);
            return b.build();
          }));
    }
    return each.isEmpty() ? Arbitraries.just(List.of()) : Combinators.combine(each).as(List::copyOf);
  }

  /** The model-level fields. */
  private record Header(String name, Optional<String> description, Optional<String> currency,
      Provenance provenance) {}

  private static Arbitrary<Header> headers() {
    return Combinators.combine(texts(), optional(texts()), optional(Arbitraries.oneOf(
            Arbitraries.of("GBP", "EUR", "USD"), texts())), provenance())
        .as(Header::new);
  }

  /** Small valid models. */
  public static Arbitrary<WorkforceModel> models() {
    return Combinators.combine(headers(), scales(), uniqueIds(CompetencyId::of, 8),
            uniqueIds(OrganisationTypeId::of, 4), uniqueIds(RoleId::of, 6),
            uniqueIds(CourseId::of, 5))
        .flatAs((header, scale, competencyIds, typeIds, roleIds, courseIds) ->
            Combinators.combine(competencies(competencyIds), organisationTypes(typeIds),
                    roles(roleIds, competencyIds, typeIds, scale.maxLevel()),
                    routes(roleIds, competencyIds, scale.maxLevel()),
                    courses(courseIds, competencyIds, typeIds, scale.maxLevel()),
                    rates().list().ofMaxSize(3).list().ofSize(8))
                .as((competencies, types, roles, routes, courses, rateBys) -> {
                  WorkforceModel.Builder b = WorkforceModel.builder().name(header.name())
                      .scale(scale).addCompetencies(competencies).addOrganisationTypes(types)
                      .addCourses(courses);
                  validFlows(b, roles, routes, rateBys);
                  header.description().ifPresent(b::description);
                  header.currency().ifPresent(b::currency);
                  header.provenance().sources().forEach(b::addSource);
                  header.provenance().confidence().ifPresent(b::confidence);
                  header.provenance().notes().ifPresent(b::notes);
                  return b.build();
                }));
  }
}
