package org.sppathways.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.sppathways.io.FileFormat;
import org.sppathways.io.ModelReader;
import org.sppathways.model.WorkforceModel;

/**
 * The models bundled with the library.
 *
 * <pre>{@code
 * WorkforceModel sp = ReferenceModels.socialPrescribing();
 * sp.roles().size();
 * }</pre>
 *
 * <p>Each model is read once, on first use, and then shared: models are immutable and
 * thread-safe. Where each fact comes from, and what is assumed, is recorded on every entity
 * ({@code sources}, {@code confidence}, {@code notes}) and described in
 * {@code docs/reference-model.md}.
 *
 * @since 0.1.0
 */
public final class ReferenceModels {

  /** The class-path resource holding the social prescribing model. */
  public static final String SOCIAL_PRESCRIBING_RESOURCE =
      "/org/sppathways/reference/social-prescribing.yaml";

  private ReferenceModels() {}

  /**
   * The social prescribing workforce in England: link workers, care coordinators, health and
   * wellbeing coaches and their neighbours, the organisation types that employ them, the
   * professions people enter from, progression routes and courses, each with its sources.
   */
  public static WorkforceModel socialPrescribing() {
    return SocialPrescribing.MODEL;
  }

  private static final class SocialPrescribing {
    static final WorkforceModel MODEL = load(SOCIAL_PRESCRIBING_RESOURCE);
  }

  static WorkforceModel load(String resource) {
    try (InputStream in = ReferenceModels.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the bundled model " + resource + " is missing from the jar");
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        return ModelReader.of().read(reader, resource.substring(resource.lastIndexOf('/') + 1),
            FileFormat.YAML);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
