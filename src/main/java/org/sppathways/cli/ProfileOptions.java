package org.sppathways.cli;

import java.nio.file.Path;
import org.sppathways.io.ProfileReader;
import org.sppathways.model.PersonId;
import org.sppathways.model.Population;
import org.sppathways.model.WorkerProfile;
import org.sppathways.model.WorkforceModel;
import picocli.CommandLine.Option;

/** The {@code --profiles} option of commands that read worker profiles. */
final class ProfileOptions {
  @Option(names = "--profiles", paramLabel = "FILE", required = true,
      description = "Worker profiles (.yaml, .yml, .json or .csv).")
  Path profiles;

  Population load(WorkforceModel model) {
    return read(model, profiles);
  }

  Population read(WorkforceModel model, java.nio.file.Path file) {
    return ProfileReader.of(model).read(file);
  }

  WorkerProfile person(WorkforceModel model, String id) {
    return load(model).person(PersonId.of(id));
  }
}
