package org.sppathways.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.sppathways.model.WorkerProfile;
import org.sppathways.model.WorkforceModel;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The {@code --as-of} and {@code --organisation-type} options of commands that assess people: the
 * day their held levels are taken on, and the organisation type whose variant of a role's
 * requirements they are assessed against.
 */
final class AsOfOptions {
  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = Day.class,
      description = "Take held levels as of this day: lapsed training no longer counts, training "
          + "dated later does not count yet (default: today).")
  LocalDate asOf;

  @Option(names = "--organisation-type", paramLabel = "ORG",
      description = "Assess against each role's requirements in this organisation type "
          + "(default: each person's own).")
  String organisationType;

  /** The day given, else today by the system clock. */
  LocalDate day() {
    return asOf != null ? asOf : LocalDate.now();
  }

  /** The person as assessed: with the organisation type given, if one was. */
  WorkerProfile apply(WorkforceModel model, WorkerProfile person) {
    if (organisationType == null) {
      return person;
    }
    return WorkerProfile.builder().from(person)
        .organisationType(Names.organisationType(model, organisationType)).build();
  }

  /** Checks the organisation type given (if any) before any profile is read. */
  void check(WorkforceModel model) {
    if (organisationType != null) {
      Names.organisationType(model, organisationType);
    }
  }

  /** Reads {@code YYYY-MM-DD}, saying how to write it when it is not a day. */
  static final class Day implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String text) {
      try {
        return LocalDate.parse(text.strip());
      } catch (DateTimeParseException e) {
        throw new TypeConversionException("'" + text + "' is not a day: give it as YYYY-MM-DD, "
            + "e.g. 2026-06-01");
      }
    }
  }
}
