package org.sppathways.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.sppathways.model.Competency;
import org.sppathways.model.CompetencyId;
import org.sppathways.model.OrganisationType;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.model.SpPathwaysException;
import org.sppathways.model.TypedId;
import org.sppathways.model.UnknownIdException;
import org.sppathways.model.WorkforceModel;

/**
 * The one place the command line turns what a user typed into a role, competency or
 * organisation type: an id
 * ({@code link-worker}), or else an exact title ({@code "Social prescribing link worker"}). An
 * id wins over a title. A title that several roles share, or a name that is neither, is refused
 * (exit code 2) with the candidates, each as {@code 'id' (title)}: {@code unknown role
 * 'Link Worker'; did you mean 'link-worker' (Social prescribing link worker), ...?}.
 */
final class Names {
  /** The most candidates a message lists. */
  static final int MAX_CANDIDATES = 5;

  private Names() {}

  /** The role a user named by id or exact title. */
  static RoleId role(WorkforceModel model, String name) {
    return resolve("role", name, model.roles(), Role::id, Role::title,
        id -> model.findRole(RoleId.of(id)).map(Role::id), id -> model.role(RoleId.of(id)));
  }

  /** The roles a user named, each by id or exact title, in the order given. */
  static List<RoleId> roles(WorkforceModel model, List<String> names) {
    return names.stream().map(n -> role(model, n)).toList();
  }

  /** The competency a user named by id or exact name. */
  static CompetencyId competency(WorkforceModel model, String name) {
    return resolve("competency", name, model.competencies(), Competency::id, Competency::name,
        id -> model.findCompetency(CompetencyId.of(id)).map(Competency::id),
        id -> model.competency(CompetencyId.of(id)));
  }

  /** The organisation type a user named by id or exact name. */
  static OrganisationTypeId organisationType(WorkforceModel model, String name) {
    return resolve("organisation type", name, model.organisationTypes(), OrganisationType::id,
        OrganisationType::name,
        id -> model.findOrganisationType(OrganisationTypeId.of(id)).map(OrganisationType::id),
        id -> model.organisationType(OrganisationTypeId.of(id)));
  }

  /** The organisation types a user named, each by id or exact name, in the order given. */
  static List<OrganisationTypeId> organisationTypes(WorkforceModel model, List<String> names) {
    return names.stream().map(n -> organisationType(model, n)).toList();
  }

  private static <T, I extends TypedId<I>> I resolve(String kind, String name, List<T> all,
      Function<T, I> idOf, Function<T, String> titleOf, Function<String, Optional<I>> byId,
      Function<String, ?> lookUp) {
    if (TypedId.problem(name) == null) {
      Optional<I> id = byId.apply(name);
      if (id.isPresent()) {
        return id.get();
      }
    }
    List<T> titled = all.stream().filter(t -> titleOf.apply(t).equals(name)).toList();
    if (titled.size() == 1) {
      return idOf.apply(titled.get(0));
    }
    String word = kind.equals("role") ? "title" : "name";
    if (titled.size() > 1) {
      String kinds = kind.equals("competency") ? "competencies" : kind + "s";
      throw new SpPathwaysException(titled.size() + " " + kinds + " have the " + word + " '" + name
          + "': " + list(titled, idOf, titleOf, titled.size()) + "; name one by its id");
    }
    Set<T> candidates = new LinkedHashSet<>();
    String lower = name.toLowerCase(Locale.ROOT).strip();
    String slug = lower.replaceAll("\\s+", "-");
    for (T t : all) {
      String id = idOf.apply(t).value().toLowerCase(Locale.ROOT);
      if (id.equals(lower) || id.equals(slug)
          || titleOf.apply(t).toLowerCase(Locale.ROOT).strip().equals(lower)) {
        candidates.add(t);
      }
    }
    for (String guess : List.of(name, slug)) {
      if (TypedId.problem(guess) != null) {
        continue;
      }
      try {
        lookUp.apply(guess); // the model's own "did you mean" for a misspelt id
      } catch (UnknownIdException e) {
        e.suggestion().flatMap(s -> all.stream()
            .filter(t -> idOf.apply(t).value().equals(s)).findFirst())
            .ifPresent(candidates::add);
      }
    }
    for (T t : all) {
      if (!lower.isEmpty() && (idOf.apply(t).value().toLowerCase(Locale.ROOT).contains(slug)
          || titleOf.apply(t).toLowerCase(Locale.ROOT).contains(lower))) {
        candidates.add(t);
      }
    }
    String message = "unknown " + kind + " '" + name + "'";
    if (candidates.isEmpty()) {
      throw new SpPathwaysException(message + " in the model; give the id or the exact " + word
          + " of one");
    }
    throw new SpPathwaysException(message + "; did you mean "
        + list(new ArrayList<>(candidates), idOf, titleOf, MAX_CANDIDATES) + "?");
  }

  private static <T, I extends TypedId<I>> String list(List<T> items, Function<T, I> idOf,
      Function<T, String> titleOf, int max) {
    List<String> shown = new ArrayList<>();
    for (int i = 0; i < items.size() && i < max; i++) {
      shown.add("'" + idOf.apply(items.get(i)).value() + "' (" + titleOf.apply(items.get(i)) + ")");
    }
    return String.join(", ", shown) + (items.size() > max ? ", and " + (items.size() - max)
        + " more" : "");
  }
}
