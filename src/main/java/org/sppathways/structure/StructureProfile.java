package org.sppathways.structure;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.RoleId;

/**
 * The career structure of one organisation type (or of a whole workforce) in figures: how high
 * and how deep its ladder goes, how many roles stall, and what support it gives. Two profiles
 * side by side make a {@link Comparison}.
 *
 * <p>Within a type, only roles the type offers and routes between them count; for a whole
 * workforce, every role that is not external.
 *
 * <p>JSON: every component by name; optional values are left out when empty.
 *
 * @param model the name of the model
 * @param organisationType the type; empty for the whole workforce
 * @param name the type's name, or the model's
 * @param roles the roles in scope
 * @param entryRoles the entry roles in scope (senior ones included)
 * @param topSeniority the highest seniority of any role in scope; empty when none has one
 * @param ceiling the highest seniority reachable from any entry role in scope below the senior
 *     levels (a senior role entered from outside, such as a clinical supervisor GPs enter, is
 *     where no career of the type starts); from every entry role when all are senior
 * @param ceilingRoles the roles at {@link #ceiling()} reachable from such an entry role, by id
 * @param meanCeiling the mean, over those entry roles whose ceiling has a seniority, of that
 *     seniority
 * @param meanMonthsToCeiling the mean, over those entry roles, of the months to their ceiling
 * @param ladderDepth the most seniority-raising moves on one path in scope
 * @param levels the distinct seniorities among roles in scope
 * @param deadEnds the roles in scope with no route to higher seniority (see {@link DeadEnd})
 * @param plateaus those of them that could progress by changing employer type (always 0 for a
 *     whole workforce)
 * @param supports the support structures the type offers, by name (empty for a whole workforce)
 * @param lacks the structures some type in the model offers but this one does not (empty for a
 *     whole workforce)
 * @param supportGaps the senior roles of the type lacking key support (see {@link SupportGap})
 *
 * @since 0.1.0
 */
public record StructureProfile(String model, Optional<OrganisationTypeId> organisationType,
    String name, int roles, int entryRoles, OptionalInt topSeniority, OptionalInt ceiling,
    List<RoleId> ceilingRoles, OptionalDouble meanCeiling, OptionalDouble meanMonthsToCeiling,
    int ladderDepth, int levels, int deadEnds, int plateaus, List<String> supports,
    List<String> lacks, int supportGaps) {

  /** Validates and copies the components. */
  public StructureProfile {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(organisationType, "organisationType");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(topSeniority, "topSeniority");
    Objects.requireNonNull(ceiling, "ceiling");
    Objects.requireNonNull(meanCeiling, "meanCeiling");
    Objects.requireNonNull(meanMonthsToCeiling, "meanMonthsToCeiling");
    ceilingRoles = List.copyOf(ceilingRoles);
    supports = List.copyOf(supports);
    lacks = List.copyOf(lacks);
  }
}
