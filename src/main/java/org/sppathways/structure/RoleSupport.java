package org.sppathways.structure;

import java.util.List;
import java.util.Objects;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.RoleId;

/**
 * The support structures that holders of a role typically have, and lack, with one type of
 * employer: what the organisation type offers, against every structure any type in the model
 * offers.
 *
 * <p>JSON: {@code role}, {@code organisationType}, {@code has}, {@code lacks} (lists); in CSV the
 * lists are joined by {@code ;}.
 *
 * @param role the role
 * @param organisationType an organisation type that offers it
 * @param has the structures the type offers, by name
 * @param lacks the structures offered by some type of the model but not this one, by name
 *
 * @since 0.1.0
 */
public record RoleSupport(RoleId role, OrganisationTypeId organisationType, List<String> has,
    List<String> lacks) {

  /** Validates and copies the components. */
  public RoleSupport {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(organisationType, "organisationType");
    has = List.copyOf(has);
    lacks = List.copyOf(lacks);
  }
}
