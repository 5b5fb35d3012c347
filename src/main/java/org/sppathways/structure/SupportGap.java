package org.sppathways.structure;

import java.util.List;
import java.util.Objects;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.RoleId;

/**
 * A senior role offered by an organisation type that lacks some of the key support structures
 * for senior staff (by default management training and supervision; see
 * {@link StructureOptions#keySupports()}).
 *
 * <p>JSON: {@code role}, {@code seniority}, {@code organisationType}, {@code lacks} (a list); in
 * CSV the list is joined by {@code ;}.
 *
 * @param role the senior role
 * @param seniority its seniority
 * @param organisationType the offering organisation type
 * @param lacks the key structures the type does not offer, by name (never empty)
 *
 * @since 0.1.0
 */
public record SupportGap(RoleId role, int seniority, OrganisationTypeId organisationType,
    List<String> lacks) {

  /** Validates and copies the components. */
  public SupportGap {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(organisationType, "organisationType");
    lacks = List.copyOf(lacks);
    if (lacks.isEmpty()) {
      throw new IllegalArgumentException("a support gap lacks at least one structure");
    }
  }
}
