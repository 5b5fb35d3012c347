package org.sppathways.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.sppathways.model.CompetencyId;
import org.sppathways.model.Completion;
import org.sppathways.model.SpPathwaysException;
import org.sppathways.model.WorkerProfile;

/**
 * Writes worker profiles as a profiles CSV file (the layout {@link ProfileReader} reads: header
 * {@code person,role,organisationType,monthsInRole,competency,level}, one row per person and held
 * competency, a person's rows together), one profile at a time, so that files of millions of
 * profiles are written in constant memory.
 *
 * <pre>{@code
 * try (ProfileWriter out = ProfileWriter.csv(Path.of("people.csv"))) {
 *   population.people().forEach(out::write);
 * }
 * }</pre>
 *
 * <p>An id that a spreadsheet would run as a formula ({@code =cmd}) is written with a leading
 * single quote ({@link CsvCells}), which {@link ProfileReader} drops again. Held levels are
 * written one per row with their lapse day ({@code until}) when they have one, then completed
 * courses one per row ({@code completed}: {@code course} or {@code course@YYYY-MM-DD}). Hours per
 * week have no CSV column and are not written. Profiles are
 * personal data: write them only where they may be kept. Not thread-safe.
 *
 * @since 0.1.0
 */
public final class ProfileWriter implements Closeable {
  private final CsvGenerator csv;
  private final String target;

  private ProfileWriter(Writer out, String target) throws IOException {
    CsvSchema schema = CsvSchema.builder().setUseHeader(true)
        .addColumns(ProfileReader.CSV_COLUMNS, CsvSchema.ColumnType.STRING)
        .addColumns(ProfileReader.OPTIONAL_CSV_COLUMNS, CsvSchema.ColumnType.STRING).build();
    this.csv = (CsvGenerator) new CsvMapper().getFactory().createGenerator(out);
    this.csv.setSchema(schema);
    this.csv.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, true);
    this.target = target;
  }

  /**
   * A writer of a new CSV file (replaced if it exists).
   *
   * @throws SpPathwaysException if the file cannot be created
   */
  public static ProfileWriter csv(Path file) {
    try {
      BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
      return new ProfileWriter(out, file.toString());
    } catch (IOException e) {
      throw new SpPathwaysException("cannot write '" + file + "': " + e.getMessage(), e);
    }
  }

  /** A writer to a character stream, which {@link #close()} closes. */
  public static ProfileWriter csv(Writer out) {
    Objects.requireNonNull(out, "out");
    try {
      return new ProfileWriter(out, "output");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes one profile's rows.
   *
   * @throws SpPathwaysException if writing fails
   */
  public void write(WorkerProfile profile) {
    try {
      if (profile.holds().isEmpty() && profile.completions().isEmpty()) {
        row(profile, "", "", "", "");
      }
      for (Map.Entry<CompetencyId, Integer> e : profile.holds().entrySet()) {
        LocalDate until = profile.holdsUntil().get(e.getKey());
        row(profile, e.getKey().value(), String.valueOf(e.getValue()),
            until == null ? "" : until.toString(), "");
      }
      for (Completion c : profile.completions()) {
        row(profile, "", "", "", c.course().value()
            + c.date().map(d -> ProfileReader.DATE_SEPARATOR + d.toString()).orElse(""));
      }
    } catch (IOException e) {
      throw new SpPathwaysException("cannot write to " + target + ": " + e.getMessage(), e);
    }
  }

  private void row(WorkerProfile p, String competency, String level, String until,
      String completed) throws IOException {
    csv.writeStartArray();
    text(p.id().value());
    text(p.role().map(Object::toString).orElse(""));
    text(p.organisationType().map(Object::toString).orElse(""));
    text(String.valueOf(p.monthsInRole()));
    text(competency);
    text(level);
    text(until);
    text(completed);
    csv.writeEndArray();
  }

  /** Writes one cell, neutralised as every CSV cell the library writes ({@link CsvCells}). */
  private void text(String cell) throws IOException {
    csv.writeString(CsvCells.neutralise(cell));
  }

  /** Flushes and closes the output. */
  @Override
  public void close() {
    try {
      csv.close();
    } catch (IOException e) {
      throw new SpPathwaysException("cannot close " + target + ": " + e.getMessage(), e);
    }
  }
}
