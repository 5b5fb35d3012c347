package org.sppathways.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sppathways.model.Competency;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.PersonId;
import org.sppathways.model.Population;
import org.sppathways.model.Role;
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

    Population back = ProfileReader.create(model).read(text.toString(), "people.csv", FileFormat.CSV);

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
        "person,role,organisationType,monthsInRole,competency,level", "alone,,,3,,");
    assertThat(ProfileReader.create(model).read(text.toString(), "x.csv", FileFormat.CSV)
        .person(PersonId.of("alone")).holds()).isEmpty();
  }
}
