package org.sppathways.model;

/**
 * How many of each kind of entity a model holds (command {@code summary}).
 *
 * <pre>{@code
 * ModelSummary counts = ModelSummary.of(ReferenceModels.socialPrescribing());
 * counts.roles();      // workforce roles, external roles not counted
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param name the model's name
 * @param competencies competencies
 * @param organisationTypes organisation types
 * @param roles workforce roles (external roles not counted)
 * @param externalRoles external roles (professions people enter from)
 * @param routes progression routes
 * @param courses courses
 * @since 0.1.0
 */
public record ModelSummary(String name, int competencies, int organisationTypes, int roles,
    int externalRoles, int routes, int courses) {

  /** Validates the name. */
  public ModelSummary {
    java.util.Objects.requireNonNull(name, "name");
  }

  /** The counts of a model. O(r) for r roles. */
  public static ModelSummary of(WorkforceModel model) {
    int external = (int) model.roles().stream().filter(Role::external).count();
    return new ModelSummary(model.name(), model.competencies().size(),
        model.organisationTypes().size(), model.roles().size() - external, external,
        model.routes().size(), model.courses().size());
  }
}
