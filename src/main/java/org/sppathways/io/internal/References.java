package org.sppathways.io.internal;

import java.util.Optional;
import org.sppathways.model.CompetencyId;
import org.sppathways.model.CourseId;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.RoleId;
import org.sppathways.model.UnknownIdException;
import org.sppathways.model.WorkforceModel;

/**
 * Checks that ids read from a profiles or catalogue file name things in the model. Internal.
 */
public final class References {
  private final WorkforceModel model;

  /** Checks against a model. */
  public References(WorkforceModel model) {
    this.model = model;
  }

  /** A problem report: message and optional suggestion. */
  public interface Report {
    /** Reports one problem. */
    void problem(String message, Optional<String> suggestion);
  }

  /** Reports an unknown role; returns whether it is known. */
  public boolean role(RoleId id, Report report) {
    return known(() -> model.role(id), report);
  }

  /** Reports an unknown organisation type; returns whether it is known. */
  public boolean organisationType(OrganisationTypeId id, Report report) {
    return known(() -> model.organisationType(id), report);
  }

  /** Reports an unknown competency; returns whether it is known. */
  public boolean competency(CompetencyId id, Report report) {
    return known(() -> model.competency(id), report);
  }

  /** Reports an unknown course; returns whether it is known. */
  public boolean course(CourseId id, Report report) {
    return known(() -> model.course(id), report);
  }

  /** Reports a level outside 0..N (or 1..N when {@code zeroAllowed} is false). */
  public boolean level(int level, boolean zeroAllowed, Report report) {
    int min = zeroAllowed ? 0 : 1;
    int max = model.scale().maxLevel();
    if (level < min || level > max) {
      report.problem("the level is outside the scale " + min + ".." + max,
          Optional.of("use a level from " + min + " to " + max
              + (zeroAllowed ? " (0 = not held)" : "")));
      return false;
    }
    return true;
  }

  private static boolean known(Runnable lookUp, Report report) {
    try {
      lookUp.run();
      return true;
    } catch (UnknownIdException e) {
      report.problem("unknown " + e.kind() + " '" + e.id() + "'",
          e.suggestion().map(s -> "did you mean '" + s + "'?"));
      return false;
    }
  }

}
