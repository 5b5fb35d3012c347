package org.sppathways.cli;

import java.util.Locale;
import org.sppathways.paths.Criterion;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads {@code --metric} of {@code structure} and {@code matrix}: a {@link Criterion} that the
 * structure of routes can measure, steps or months.
 */
final class StructureMetric implements ITypeConverter<Criterion> {
  @Override
  public Criterion convert(String text) {
    Criterion c;
    try {
      c = Criterion.parse(text.strip().toLowerCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException("'" + text + "' is not a metric (use steps or months)");
    }
    if (c != Criterion.STEPS && c != Criterion.MONTHS) {
      throw new TypeConversionException("structure measures paths by steps or months, not by "
          + c + " (training along a path depends on the person; use 'paths --by " + c + "')");
    }
    return c;
  }
}
