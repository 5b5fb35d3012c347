package org.sppathways.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sppathways.model.CompetencyId;
import org.sppathways.model.Competency;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.PersonId;
import org.sppathways.model.Population;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.model.SpPathwaysException;
import org.sppathways.model.WorkerProfile;
import org.sppathways.model.WorkforceModel;
import org.sppathways.reference.ReferenceModels;

class ProfileWriterTest {

  @Test
  void csvReadsBackToEqualProfiles() {
    WorkforceModel model = ReferenceModels.socialPrescribing();
    Random random = new Random(7);
    List<WorkerProfile> people = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      WorkerProfile.Builder b = WorkerProfile.builder().id(PersonId.of("p-" + i))
          .monthsInRole(random.nextInt(100));
      if (random.nextBoolean()) {
        Role role = model.roles().get(random.nextInt(model.roles().size()));
        b.role(role.id());
      }
      if (random.nextBoolean()) {
        b.organisationType(OrganisationTypeId.of(model.organisationTypes()
            .get(random.nextInt(model.organisationTypes().size())).id().value()));
      }
      java.util.Map<org.sppathways.model.CompetencyId, Integer> holds = new java.util.HashMap<>();
      int held = random.nextInt(6);
      for (int k = 0; k < held; k++) {
        Competency c = model.competencies().get(random.nextInt(model.competencies().size()));
        holds.put(c.id(), random.nextInt(model.scale().maxLevel() + 1));
      }
      b.putAllHolds(holds);
      people.add(b.build());
    }
    StringWriter text = new StringWriter();
    try (ProfileWriter out = ProfileWriter.csv(text)) {
      people.forEach(out::write);
    }

    Population back = ProfileReader.of(model).read(text.toString(), "people.csv", FileFormat.CSV);

    assertThat(back.people()).isEqualTo(people);
    assertThat(text.toString()).startsWith(
        "person,role,organisationType,monthsInRole,competency,level");
  }

  @Test
  void aPersonWithoutCompetenciesGetsOneRowWithEmptyCompetencyAndLevel() {
    WorkforceModel model = ReferenceModels.socialPrescribing();
    StringWriter text = new StringWriter();
    try (ProfileWriter out = ProfileWriter.csv(text)) {
      out.write(WorkerProfile.builder().id(PersonId.of("alone")).monthsInRole(3).build());
    }

    assertThat(text.toString().lines()).containsExactly(
        "person,role,organisationType,monthsInRole,competency,level,until,completed",
        "alone,,,3,,,,");
    assertThat(ProfileReader.of(model).read(text.toString(), "x.csv", FileFormat.CSV)
        .person(PersonId.of("alone")).holds()).isEmpty();
  }

  @Test
  void everyColumnIsWrittenOneRowPerHeldCompetency() {
    StringWriter text = new StringWriter();
    try (ProfileWriter out = ProfileWriter.csv(text)) {
      out.write(WorkerProfile.builder().id(PersonId.of("p1")).role(RoleId.of("link-worker"))
          .organisationType(OrganisationTypeId.of("pcn")).monthsInRole(14)
          .putHold(CompetencyId.of("a"), 2).putHold(CompetencyId.of("b"), 0).build());
    }
    assertThat(text.toString()).isEqualTo("person,role,organisationType,monthsInRole,competency,"
        + "level,until,completed\np1,link-worker,pcn,14,a,2,,\np1,link-worker,pcn,14,b,0,,\n");
  }

  @Test
  void aFileIsWrittenAndClosed(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("people.csv");
    try (ProfileWriter out = ProfileWriter.csv(file)) {
      out.write(WorkerProfile.builder().id(PersonId.of("alone")).monthsInRole(3).build());
    }
    assertThat(Files.readString(file)).isEqualTo(
        "person,role,organisationType,monthsInRole,competency,level,until,completed\n"
        + "alone,,,3,,,,\n");
    Path missing = dir.resolve("no-such-dir").resolve("people.csv");
    assertThatThrownBy(() -> ProfileWriter.csv(missing)).isInstanceOf(SpPathwaysException.class)
        .hasMessageStartingWith("cannot write '" + missing + "': ");
  }

  @Test
  void closingTheWriterClosesTheCallersStream() {
    boolean[] closed = new boolean[1];
    StringWriter text = new StringWriter() {
      @Override
      public void close() throws IOException {
        closed[0] = true;
        super.close();
      }
    };
    ProfileWriter out = ProfileWriter.csv(text);
    out.write(WorkerProfile.builder().id(PersonId.of("x")).build());
    assertThat(closed[0]).isFalse();
    out.close();
    assertThat(closed[0]).isTrue();
    assertThat(text.toString()).endsWith("x,,,0,,,,\n");
    assertThatThrownBy(() -> ProfileWriter.csv((Writer) null))
        .isInstanceOf(NullPointerException.class).hasMessage("out");
  }

  @Test
  void writeAndCloseFailuresNameTheTarget() {
    Writer broken = new Writer() {
      @Override
      public void write(char[] buf, int off, int len) throws IOException {
        throw new IOException("disk full");
      }

      @Override
      public void flush() throws IOException {
        throw new IOException("disk full");
      }

      @Override
      public void close() throws IOException {
        throw new IOException("disk full");
      }
    };
    ProfileWriter out = ProfileWriter.csv(broken);
    // the generator buffers: a failure shows once a buffer's worth has been written
    assertThatThrownBy(() -> {
      for (int i = 0; i < 10_000; i++) {
        out.write(WorkerProfile.builder().id(PersonId.of("person-" + i)).build());
      }
    }).isInstanceOf(SpPathwaysException.class).hasMessage("cannot write to output: disk full");
    assertThatThrownBy(out::close).isInstanceOf(SpPathwaysException.class)
        .hasMessage("cannot close output: disk full");
  }
}
