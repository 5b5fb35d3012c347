package org.sppathways.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.sppathways.diff.ModelDiff.Change;
import org.sppathways.diff.ModelDiff.Count;
import org.sppathways.diff.ModelDiff.Edit;
import org.sppathways.io.FileFormat;
import org.sppathways.io.GeneratedModels;
import org.sppathways.io.ModelReader;
import org.sppathways.io.ModelWriter;
import org.sppathways.model.WorkforceModel;

/**
 * Diffs of random models ({@link GeneratedModels}): a model has no change against itself or
 * against its written and re-read copy, and the diff from b to a mirrors the diff from a to b.
 * Seeds are pinned so that a failure replays.
 */
class ModelDiffProperties {

  @Provide
  Arbitrary<WorkforceModel> models() {
    return GeneratedModels.models();
  }

  @Property(tries = 200, seed = "19")
  void aModelHasNoChangeAgainstItselfOrItsReadBackCopy(@ForAll("models") WorkforceModel m) {
    assertThat(ModelDiff.of(m, m).changes()).isEmpty();
    WorkforceModel back = ModelReader.of().read(ModelWriter.yaml().toString(m), "m.yaml",
        FileFormat.YAML);
    assertThat(ModelDiff.of(m, back).identical()).isTrue();
  }

  @Property(tries = 200, seed = "1919")
  void theDiffBackwardsMirrorsTheDiffForwards(@ForAll("models") WorkforceModel a,
      @ForAll("models") WorkforceModel b) {
    ModelDiff forward = ModelDiff.of(a, b);
    ModelDiff backward = ModelDiff.of(b, a);
    assertThat(backward.changes()).isEqualTo(forward.changes().stream()
        .map(ModelDiffProperties::mirror).toList());
    assertThat(backward.counts()).isEqualTo(forward.counts().stream()
        .map(c -> new Count(c.kind(), c.removed(), c.added(), c.changed())).toList());
    assertThat(forward.identical()).isEqualTo(a.equals(b));
  }

  private static Change mirror(Change c) {
    Edit edit = c.edit() == Edit.ADDED ? Edit.REMOVED : c.edit() == Edit.REMOVED ? Edit.ADDED
        : Edit.CHANGED;
    return new Change(c.kind(), c.key(), edit, c.field(), c.after(), c.before());
  }

  @Property(tries = 100, seed = "191919")
  void everyChangeNamesAKeyOnceForAddedOrRemoved(@ForAll("models") WorkforceModel a,
      @ForAll("models") WorkforceModel b) {
    List<Change> whole = ModelDiff.of(a, b).changes().stream()
        .filter(c -> c.edit() != Edit.CHANGED).toList();
    assertThat(whole.stream().map(c -> c.kind() + " " + c.key()).distinct().count())
        .isEqualTo(whole.size());
  }
}
