package org.sppathways.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.sppathways.diff.ModelDiff.Change;
import org.sppathways.diff.ModelDiff.Count;
import org.sppathways.diff.ModelDiff.Edit;
import org.sppathways.diff.ModelDiff.Kind;
import org.sppathways.io.FileFormat;
import org.sppathways.io.ModelReader;
import org.sppathways.io.ModelWriter;
import org.sppathways.model.CompetencyId;
import org.sppathways.model.CompetencyLevel;
import org.sppathways.model.Confidence;
import org.sppathways.model.Course;
import org.sppathways.model.CourseId;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.Requirement;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.model.WorkforceModel;
import org.sppathways.reference.ReferenceModels;

/**
 * What a diff must say: every alteration reported once, at its key and field, with the old and
 * the new value as the model file writes them; nothing for an unchanged model.
 */
class ModelDiffTest {

  static final String SMALL = """
      format: sp-pathways/1
      name: Small
      scale:
        - {level: 1, name: Aware}
        - {level: 2, name: Able}
        - {level: 3, name: Expert}
      competencies:
        - {id: listening, name: Listening, domain: Core}
        - {id: safeguarding, name: Safeguarding, domain: Safety}
      organisationTypes:
        - {id: pcn, name: Primary care network, sector: NHS}
      roles:
        - id: link-worker
          title: Link worker
          offeredBy: [pcn]
          requires:
            - {competency: listening, level: 2}
            - {competency: safeguarding, level: 1}
        - id: senior
          title: Senior link worker
          requires:
            - {competency: listening, level: 3}
      routes:
        - {from: link-worker, to: senior, kind: promotion, months: 24}
      courses:
        - id: listening-course
          title: Listening well
          hours: 6
          cost: 120
          covers: [{competency: listening, level: 2}]
      """;

  static WorkforceModel read(String yaml) {
    return ModelReader.of().read(yaml, "test.yaml", FileFormat.YAML);
  }

  static final WorkforceModel A = read(SMALL);

  /** The one change of a diff between SMALL and SMALL with one text replaced. */
  private static Change only(String from, String to) {
    assertThat(SMALL).contains(from);
    ModelDiff diff = ModelDiff.of(A, read(SMALL.replace(from, to)));
    assertThat(diff.changes()).hasSize(1);
    return diff.changes().get(0);
  }

  private static Change change(Kind kind, String key, String field, String before,
      String after) {
    return new Change(kind, key, Edit.CHANGED, Optional.of(field), Optional.ofNullable(before),
        Optional.ofNullable(after));
  }

  @Test
  void aModelComparedWithItselfOrItsCopyHasNoChange() {
    assertThat(ModelDiff.of(A, A).identical()).isTrue();
    assertThat(ModelDiff.of(A, read(SMALL)).changes()).isEmpty();
    WorkforceModel sp = ReferenceModels.socialPrescribing();
    assertThat(ModelDiff.of(sp, read(ModelWriter.yaml().toString(sp))).changes()).isEmpty();
    assertThat(ModelDiff.of(A, A).counts()).allSatisfy(c -> assertThat(c.added() + c.removed()
        + c.changed()).isZero());
  }

  @Test
  void eachAlterationIsReportedOnceAtItsKeyAndFieldWithBothValues() {
    assertThat(only("title: Link worker", "title: Social prescribing link worker"))
        .isEqualTo(change(Kind.ROLE, "link-worker", "title", "\"Link worker\"",
            "\"Social prescribing link worker\""));
    assertThat(only("{competency: listening, level: 2}\n      - {competency: safeguarding",
        "{competency: listening, level: 3}\n      - {competency: safeguarding"))
        .isEqualTo(change(Kind.REQUIREMENT, "link-worker / listening", "level", "2", "3"));
    assertThat(only("{competency: safeguarding, level: 1}",
        "{competency: safeguarding, level: 1, essential: false}"))
        .as("a default the writer leaves out has no value")
        .isEqualTo(change(Kind.REQUIREMENT, "link-worker / safeguarding", "essential", null,
            "false"));
    assertThat(only("kind: promotion, months: 24", "kind: promotion, months: 18"))
        .isEqualTo(change(Kind.ROUTE, "link-worker -> senior", "months", "24", "18"));
    assertThat(only("hours: 6", "hours: 7.5"))
        .isEqualTo(change(Kind.COURSE, "listening-course", "hours", "6", "7.5"));
    assertThat(only("covers: [{competency: listening, level: 2}]",
        "covers: [{competency: listening, level: 3}]"))
        .as("a list is compared whole")
        .isEqualTo(change(Kind.COURSE, "listening-course", "covers",
            "[{\"competency\":\"listening\",\"level\":2}]",
            "[{\"competency\":\"listening\",\"level\":3}]"));
    assertThat(only("name: Listening,", "name: Active listening,"))
        .isEqualTo(change(Kind.COMPETENCY, "listening", "name", "\"Listening\"",
            "\"Active listening\""));
    assertThat(only("sector: NHS", "sector: NHS primary care"))
        .isEqualTo(change(Kind.ORGANISATION_TYPE, "pcn", "sector", "\"NHS\"",
            "\"NHS primary care\""));
    assertThat(only("name: Able", "name: Competent"))
        .isEqualTo(change(Kind.SCALE, "2", "name", "\"Able\"", "\"Competent\""));
    assertThat(only("name: Small", "name: Smaller"))
        .isEqualTo(change(Kind.MODEL, "model", "name", "\"Small\"", "\"Smaller\""));
    assertThat(only("name: Small", "name: Small\ncurrency: EUR"))
        .isEqualTo(change(Kind.MODEL, "model", "currency", null, "\"EUR\""));
    assertThat(only("title: Senior link worker", "title: Senior link worker\n    attributes: "
        + "{band: '6'}"))
        .as("an object field is compared key by key")
        .isEqualTo(change(Kind.ROLE, "senior", "attributes.band", null, "\"6\""));
  }

  @Test
  void addedAndRemovedEntitiesCarryTheWholeEntityAndNotTheirParts() {
    String more = SMALL.replace("courses:\n", "courses:\n  - {id: extra, title: Extra, hours: 1, "
        + "cost: 0}\n").replace("routes:\n", "routes:\n  - {from: senior, to: link-worker, kind: "
        + "lateral, months: 6}\n").replace("    requires:\n      - {competency: listening, level: 3}",
        "    requires:\n      - {competency: listening, level: 3}\n      - {competency: "
        + "safeguarding, level: 2}");
    ModelDiff diff = ModelDiff.of(A, read(more));
    assertThat(diff.changes()).containsExactly(
        new Change(Kind.REQUIREMENT, "senior / safeguarding", Edit.ADDED, Optional.empty(),
            Optional.empty(), Optional.of("{\"competency\":\"safeguarding\",\"level\":2}")),
        new Change(Kind.ROUTE, "senior -> link-worker", Edit.ADDED, Optional.empty(),
            Optional.empty(), Optional.of("{\"from\":\"senior\",\"to\":\"link-worker\","
                + "\"kind\":\"lateral\",\"months\":6}")),
        new Change(Kind.COURSE, "extra", Edit.ADDED, Optional.empty(), Optional.empty(),
            Optional.of("{\"id\":\"extra\",\"title\":\"Extra\",\"hours\":1,\"cost\":0}")));
    ModelDiff back = ModelDiff.of(read(more), A);
    assertThat(back.changes()).extracting(Change::edit).containsOnly(Edit.REMOVED);

    // a removed role: one change, its requirements inside its value; its route goes too
    WorkforceModel noSenior = read(SMALL.replace("""
          - id: senior
            title: Senior link worker
            requires:
              - {competency: listening, level: 3}
        """, "").replace("routes:\n  - {from: link-worker, to: senior, kind: promotion, months: 24}\n",
        "routes: []\n"));
    ModelDiff removed = ModelDiff.of(A, noSenior);
    assertThat(removed.changes()).extracting(Change::kind, Change::key, Change::edit)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Kind.ROLE, "senior", Edit.REMOVED),
            org.assertj.core.groups.Tuple.tuple(Kind.ROUTE, "link-worker -> senior",
                Edit.REMOVED));
    assertThat(removed.changes().get(0).before().orElseThrow()).contains("\"requires\"");
    assertThat(removed.counts()).contains(new Count(Kind.ROLE, 0, 1, 0),
        new Count(Kind.REQUIREMENT, 0, 0, 0), new Count(Kind.ROUTE, 0, 1, 0));
  }

  @Test
  void changesComeInOrderOfKindKeyAndFieldAndCountsCountEntities() {
    String changed = SMALL.replace("name: Small", "name: Other")
        .replace("hours: 6", "hours: 5").replace("cost: 120", "cost: 100")
        .replace("title: Senior link worker", "title: Senior")
        .replace("title: Link worker", "title: Worker");
    ModelDiff diff = ModelDiff.of(A, read(changed));
    assertThat(diff.changes()).extracting(c -> c.kind() + " " + c.key() + " " + c.field()
        .orElse("")).containsExactly("model model name", "role link-worker title",
        "role senior title", "course listening-course cost", "course listening-course hours");
    assertThat(diff.counts()).contains(new Count(Kind.ROLE, 0, 0, 2),
        new Count(Kind.COURSE, 0, 0, 1), new Count(Kind.MODEL, 0, 0, 1));
    assertThat(diff.counts()).extracting(Count::kind).containsExactly(Kind.values());
    assertThat(diff.a()).isEqualTo("Small");
    assertThat(diff.b()).isEqualTo("Other");
  }

  /**
   * The diff has no list of fields: every field the writer emits for a course or a role is
   * compared. Two entities that differ in every field give one change per field the writer
   * writes — the expected fields are read from the writer's own output, so a field added to the
   * format later is covered by this test too once the fixtures set it.
   */
  @Test
  void everyFieldTheWriterEmitsForACourseOrARoleIsCompared() {
    Course c1 = Course.builder().id(CourseId.of("c")).title("One").provider("P1").hours(1)
        .cost(10).mode("online").addCovers(CompetencyLevel.of(CompetencyId.of("listening"), 1))
        .addSources("s1").confidence(Confidence.VERIFIED).notes("n1").build();
    Course c2 = Course.builder().id(CourseId.of("c")).title("Two").provider("P2").hours(2)
        .cost(20).mode("classroom").addCovers(CompetencyLevel.of(CompetencyId.of("safeguarding"),
            2)).addPrerequisites(CourseId.of("listening-course")).addSources("s2")
        .confidence(Confidence.ASSUMED).notes("n2").build();
    Role r1 = Role.builder().id(RoleId.of("r")).title("One").seniority(4).family("f1")
        .external(false).addOfferedBy(OrganisationTypeId.of("pcn"))
        .addRequirements(Requirement.of(CompetencyId.of("listening"), 1))
        .leaving(0.1).putLeavingBy(OrganisationTypeId.of("pcn"), 0.2).recruits(3)
        .putRecruitsBy(OrganisationTypeId.of("pcn"), 1.0).putAttribute("band", "4")
        .addSources("s1").confidence(Confidence.VERIFIED).notes("n1").build();
    Role r2 = Role.builder().id(RoleId.of("r")).title("Two").seniority(5).family("f2")
        .external(true)
        .addRequirements(Requirement.of(CompetencyId.of("listening"), 1))
        .putAttribute("band", "5").addSources("s2").confidence(Confidence.ASSUMED).notes("n2")
        .build();
    WorkforceModel m1 = with(A, r1, c1);
    WorkforceModel m2 = with(A, r2, c2);
    ModelDiff diff = ModelDiff.of(m1, m2);

    assertThat(topFields(diff, Kind.COURSE, "c")).isEqualTo(writtenFields(m1, m2, "courses", "c",
        Set.of("id")));
    assertThat(topFields(diff, Kind.ROLE, "r")).isEqualTo(writtenFields(m1, m2, "roles", "r",
        Set.of("id", "requires")));
    assertThat(topFields(diff, Kind.COURSE, "c")).contains("title", "provider", "hours", "cost",
        "mode", "covers", "prerequisites", "sources", "confidence", "notes");
    assertThat(topFields(diff, Kind.ROLE, "r")).contains("title", "seniority", "family",
        "external", "offeredBy", "leaving", "leavingBy", "recruits", "recruitsBy", "attributes",
        "sources", "confidence", "notes");
  }

  private static Set<String> topFields(ModelDiff diff, Kind kind, String key) {
    Set<String> fields = new TreeSet<>();
    for (Change c : diff.changes(kind)) {
      if (c.key().equals(key)) {
        fields.add(c.field().orElseThrow().replaceFirst("\\..*", ""));
      }
    }
    return fields;
  }

  /** Every field the writer writes for the entity in either model, but the key fields. */
  private static Set<String> writtenFields(WorkforceModel m1, WorkforceModel m2, String list,
      String id, Set<String> keys) {
    Set<String> fields = new TreeSet<>();
    for (WorkforceModel m : List.of(m1, m2)) {
      for (JsonNode n : ModelWriter.toTree(m).path(list)) {
        if (n.path("id").asText().equals(id)) {
          n.fieldNames().forEachRemaining(fields::add);
        }
      }
    }
    fields.removeAll(keys);
    return fields;
  }

  private static WorkforceModel with(WorkforceModel m, Role role, Course course) {
    return edit(m, roles -> {
      List<Role> out = new ArrayList<>(roles);
      out.add(role);
      return out;
    }, courses -> {
      List<Course> out = new ArrayList<>(courses);
      out.add(course);
      return out;
    });
  }

  static WorkforceModel edit(WorkforceModel m, UnaryOperator<List<Role>> roles,
      UnaryOperator<List<Course>> courses) {
    WorkforceModel.Builder b = WorkforceModel.builder().name(m.name()).currency(m.currency())
        .scale(m.scale()).addCompetencies(m.competencies())
        .addOrganisationTypes(m.organisationTypes()).addRoles(roles.apply(m.roles()))
        .addRoutes(m.routes()).addCourses(courses.apply(m.courses()));
    m.description().ifPresent(b::description);
    m.sources().forEach(b::addSource);
    m.confidence().ifPresent(b::confidence);
    m.notes().ifPresent(b::notes);
    return b.build();
  }

  @Test
  void aChangeIsRefusedWhenItsValuesDoNotFitItsEdit() {
    assertThatIllegalArgumentException().isThrownBy(() -> new Change(Kind.ROLE, "x", Edit.CHANGED,
        Optional.of("title"), Optional.of("1"), Optional.of("1")));
    assertThatIllegalArgumentException().isThrownBy(() -> new Change(Kind.ROLE, "x", Edit.ADDED,
        Optional.empty(), Optional.of("1"), Optional.empty()));
    assertThatIllegalArgumentException().isThrownBy(() -> new Change(Kind.ROLE, "x", Edit.REMOVED,
        Optional.of("title"), Optional.of("1"), Optional.empty()));
    assertThat(Kind.parse("organisation-type")).isEqualTo(Kind.ORGANISATION_TYPE);
    assertThat(Map.of("k", Kind.ORGANISATION_TYPE.toString())).containsValue("organisation-type");
  }

  @Test
  void aChangePrintsAsOneLine() {
    assertThat(only("hours: 6", "hours: 7").toString())
        .isEqualTo("course listening-course changed hours: 6 -> 7");
  }
}
