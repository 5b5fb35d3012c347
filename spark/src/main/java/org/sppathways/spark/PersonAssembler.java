package org.sppathways.spark;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.sppathways.io.ProfileReader;
import org.sppathways.model.CompetencyId;
import org.sppathways.model.CourseId;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.PersonId;
import org.sppathways.model.RoleId;
import org.sppathways.model.WorkerProfile;
import org.sppathways.model.WorkforceModel;

/**
 * Builds one person's {@link WorkerProfile} from their grouped rows ({@code person, facts,
 * holds, completed}), checking every value against the model. Each bad value goes to the sink with a fixed
 * reason (never the value in the reason, never a log line); a person with any bad value gives no
 * profile. Not thread-safe: one per partition.
 */
final class PersonAssembler {
  /** Receives one problem row. */
  interface Sink {
    void problem(String table, String person, String column, String value, String reason);
  }

  static final String LEVELS = "levels";
  static final String PEOPLE = "people";
  static final String COMPLETIONS = "completions";

  private final WorkforceModel model;
  private final int maxLevel;
  private final Sink sink;
  private final Set<String> seen = new HashSet<>();
  private boolean bad;

  PersonAssembler(WorkforceModel model, Sink sink) {
    this.model = model;
    this.maxLevel = model.scale().maxLevel();
    this.sink = sink;
  }

  /** The person's profile, or null when a row of theirs does not fit the model. */
  WorkerProfile assemble(Row row) {
    bad = false;
    String person = row.getString(0);
    List<Row> facts = row.isNullAt(1) ? List.of() : row.getList(1);
    List<Row> holds = row.isNullAt(2) ? List.of() : row.getList(2);
    List<String> completed = row.isNullAt(3) ? List.of() : row.getList(3);
    PersonId id = null;
    if (person == null || person.isBlank()) {
      for (int i = 0; i < facts.size(); i++) {
        problem(PEOPLE, person, "person", person, "missing person id");
      }
      for (int i = 0; i < holds.size(); i++) {
        problem(LEVELS, person, "person", person, "missing person id");
      }
      for (int i = 0; i < completed.size(); i++) {
        problem(COMPLETIONS, person, "person", person, "missing person id");
      }
      return null;
    }
    try {
      id = PersonId.of(person);
    } catch (IllegalArgumentException e) {
      problem(facts.isEmpty() ? LEVELS : PEOPLE, person, "person", person, "invalid person id");
      return null;
    }
    WorkerProfile.Builder b = WorkerProfile.builder().id(id);
    if (facts.isEmpty()) {
      problem(holds.isEmpty() ? COMPLETIONS : LEVELS, person, "person", person,
          "person not in the people table");
    } else if (facts.size() > 1) {
      problem(PEOPLE, person, "person", person,
          "person has more than one row in the people table");
    } else {
      facts(b, person, facts.get(0));
    }
    seen.clear();
    for (Row h : holds) {
      String competency = h.getString(0);
      String level = h.getString(1);
      CompetencyId c = competency == null ? null : competencyId(competency);
      if (c == null) {
        problem(LEVELS, person, "competency", competency, "unknown competency");
        continue;
      }
      if (!seen.add(competency)) {
        problem(LEVELS, person, "competency", competency, "competency listed twice for the person");
        continue;
      }
      Integer l = whole(level);
      String until = h.getString(2);
      LocalDate day = until == null || until.isBlank() ? null : day(until);
      if (l == null) {
        problem(LEVELS, person, "level", level, "level is not a whole number");
      } else if (l < 0 || l > maxLevel) {
        problem(LEVELS, person, "level", level, "level outside the scale 0.." + maxLevel);
      } else if (until != null && !until.isBlank() && day == null) {
        problem(LEVELS, person, "until", until, "until is not a day written YYYY-MM-DD");
      } else if (day != null) {
        b.putHold(c, l, day);
      } else {
        b.putHold(c, l);
      }
    }
    for (String course : completed) {
      completion(b, person, course);
    }
    if (bad) {
      return null;
    }
    try {
      return b.build();
    } catch (IllegalArgumentException e) {   // its message may hold the person's values: not kept
      problem(PEOPLE, person, "person", null, "the person's values do not fit together");
      return null;
    }
  }

  /** One completed course, {@code course} or {@code course@YYYY-MM-DD}. */
  private void completion(WorkerProfile.Builder b, String person, String text) {
    int at = text.lastIndexOf(ProfileReader.DATE_SEPARATOR);
    String id = (at < 0 ? text : text.substring(0, at)).trim();
    CourseId course = null;
    try {
      CourseId c = CourseId.of(id);
      course = model.findCourse(c).isPresent() ? c : null;
    } catch (IllegalArgumentException e) {
      // reported below
    }
    if (course == null) {
      problem(COMPLETIONS, person, "course", text, "unknown course");
      return;
    }
    if (at < 0) {
      b.addCompleted(course);
      return;
    }
    LocalDate day = day(text.substring(at + 1));
    if (day == null) {
      problem(COMPLETIONS, person, "course", text, "completion day is not written YYYY-MM-DD");
    } else {
      b.addCompleted(course, day);
    }
  }

  private static LocalDate day(String text) {
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private void facts(WorkerProfile.Builder b, String person, Row f) {
    String role = f.getString(0);
    if (role != null && !role.isBlank()) {
      RoleId r = roleId(role);
      if (r == null) {
        problem(PEOPLE, person, "role", role, "unknown role");
      } else {
        b.role(r);
      }
    }
    String type = f.getString(1);
    if (type != null && !type.isBlank()) {
      OrganisationTypeId t = organisationTypeId(type);
      if (t == null) {
        problem(PEOPLE, person, "organisationType", type, "unknown organisation type");
      } else {
        b.organisationType(t);
      }
    }
    String months = f.getString(2);
    if (months != null && !months.isBlank()) {
      Integer m = whole(months);
      if (m == null || m < 0) {
        problem(PEOPLE, person, "monthsInRole", months, "monthsInRole is not a whole number 0 or more");
      } else {
        b.monthsInRole(m);
      }
    }
    Double contracted = hours(person, "contractedHours", f.getString(3));
    if (contracted != null) {
      b.contractedHours(contracted);
    }
    Double worked = hours(person, "workedHours", f.getString(4));
    if (worked != null) {
      b.workedHours(worked);
    }
  }

  private Double hours(String person, String column, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      double h = Double.parseDouble(text.trim());
      if (h >= 0 && Double.isFinite(h)) {
        return h;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problem(PEOPLE, person, column, text, column + " is not a number 0 or more");
    return null;
  }

  private void problem(String table, String person, String column, String value, String reason) {
    bad = true;
    sink.problem(table, person, column, value, reason);
  }

  private CompetencyId competencyId(String text) {
    try {
      CompetencyId c = CompetencyId.of(text.trim());
      return model.findCompetency(c).isPresent() ? c : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private RoleId roleId(String text) {
    try {
      RoleId r = RoleId.of(text.trim());
      return model.findRole(r).isPresent() ? r : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private OrganisationTypeId organisationTypeId(String text) {
    try {
      OrganisationTypeId t = OrganisationTypeId.of(text.trim());
      return model.findOrganisationType(t).isPresent() ? t : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** A whole number written as text ("3", " 3 ", "3.0"), or null. */
  private static Integer whole(String text) {
    if (text == null) {
      return null;
    }
    String t = text.trim();
    try {
      return Integer.valueOf(t);
    } catch (NumberFormatException e) {
      try {
        double d = Double.parseDouble(t);
        return d == Math.rint(d) && Math.abs(d) < Integer.MAX_VALUE ? (int) d : null;
      } catch (NumberFormatException e2) {
        return null;
      }
    }
  }
}
