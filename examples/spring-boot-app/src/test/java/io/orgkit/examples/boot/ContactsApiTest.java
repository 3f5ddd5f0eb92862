package io.orgkit.examples.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.orgkit.core.Org;
import io.orgkit.core.OrganizationService;
import io.orgkit.core.departments.Department;
import io.orgkit.core.members.Member;
import io.orgkit.core.organizations.GenericOrganization;
import io.orgkit.provider.dingtalk.DingTalk;
import io.orgkit.tck.dingtalk.DingTalkSimulator;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The contacts page's REST API, including bad input (a problem detail naming the field; nothing written). */
@SpringBootTest(
        properties = {
            "orgkit.store.type=memory",
            "demo.sync-on-start=false",
            "demo.dingtalk.departments=4",
            "demo.dingtalk.members=15"
        })
@AutoConfigureMockMvc
class ContactsApiTest {
    @Autowired
    MockMvc mvc;

    @Autowired
    OrganizationService orgs;

    private DingTalkSimulator simulator;

    private final ObjectMapper json = new ObjectMapper();
    private Org acme;
    private Org ding;

    /** Each test gets organizations of its own (the application context is shared). */
    @BeforeEach
    void orgs() {
        acme = orgs.create(GenericOrganization.named("ACME " + UUID.randomUUID(), "Alice Zhang")
                .phone("+86 138 0013 8000")
                .build());
        DemoData.fill(acme);
        simulator = DingTalkSimulator.start().generate(42, 4, 15, 3);
        ding = orgs.create(DingTalk.organization(
                "Ding " + UUID.randomUUID(),
                "dingcorp-test",
                "100001",
                simulator.appKey(),
                simulator.appSecret(),
                Map.of(DingTalk.BASE_URL, simulator.baseUrl().toString(), DingTalk.MAX_QPS, "0")));
    }

    @AfterEach
    void stopSimulator() {
        simulator.close();
    }

    private String base() {
        return "/api/orgs/" + acme.id();
    }

    private Department dept(String name) {
        return acme.departments().subtree(acme.root().id()).stream()
                .filter(d -> d.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private Member member(String name) {
        return acme.members().list().stream()
                .filter(m -> m.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private ResultActions send(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String body)
            throws Exception {
        return mvc.perform(request.contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static void problem(ResultActions r, int status, String field) throws Exception {
        r.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.detail").isNotEmpty());
        if (field != null) {
            r.andExpect(jsonPath("$.field").value(field));
        }
    }

    @Test
    void organizationsAndTheDepartmentTree() throws Exception {
        mvc.perform(get("/api/orgs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.isDefault == true)].name").value("ACME"))
                .andExpect(jsonPath("$[?(@.id == '" + ding.id() + "')].synced").value(true));
        mvc.perform(get(base() + "/departments/tree"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value(acme.info().name()))
                .andExpect(jsonPath("$.children[0].name").value("R&D"))
                .andExpect(jsonPath("$.children[0].children[*].name")
                        .value(org.hamcrest.Matchers.contains("Backend", "Frontend")));
        problem(mvc.perform(get("/api/orgs/no-such-org/departments/tree")), 404, null);
    }

    @Test
    void membersOfADepartmentArePagedAndThePageSizeIsBounded() throws Exception {
        String root = acme.root().id().value();
        mvc.perform(get(base() + "/departments/" + root + "/members?size=3&page=1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(3))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.total").value(acme.members().count()));
        mvc.perform(get(base() + "/departments/" + root + "/members?sub=false"))
                .andExpect(jsonPath("$.items[*].name").value(org.hamcrest.Matchers.contains("Alice Zhang")));
        problem(mvc.perform(get(base() + "/departments/" + root + "/members?size=0")), 400, "size");
        problem(mvc.perform(get(base() + "/departments/" + root + "/members?size=201")), 400, "size");
        problem(mvc.perform(get(base() + "/departments/" + root + "/members?page=-1")), 400, "page");
        problem(mvc.perform(get(base() + "/departments/" + root + "/members?size=abc")), 400, "size");
    }

    @Test
    void searchAnswersHitsWithHighlightRanges() throws Exception {
        mvc.perform(get(base() + "/search?q=lin"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hits[0].member.name").value("Carol Lin"))
                .andExpect(jsonPath("$.hits[0].highlights[0].field").value("NAME"))
                .andExpect(jsonPath("$.hits[0].highlights[0].start").value(6))
                .andExpect(jsonPath("$.hits[0].highlights[0].end").value(9));
        problem(mvc.perform(get(base() + "/search?q=" + "x".repeat(65))), 400, "q");
        problem(mvc.perform(get(base() + "/search")), 400, "q");
        problem(mvc.perform(get(base() + "/search?q=a&limit=1000")), 400, "limit");
    }

    @Test
    void departmentsAreCreatedRenamedMovedMergedAndDeleted() throws Exception {
        String created = send(
                        post(base() + "/departments"),
                        "{\"parentId\":\"" + acme.root().id() + "\",\"name\":\"Marketing\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.name").value("Marketing"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String id = json.readTree(created).get("id").asText();
        send(patch(base() + "/departments/" + id), "{\"name\":\"Growth\"}")
                .andExpect(jsonPath("$.name").value("Growth"));
        send(
                        post(base() + "/departments/" + id + "/move"),
                        "{\"parentId\":\"" + dept("Sales").id() + "\"}")
                .andExpect(jsonPath("$.parentId").value(dept("Sales").id().value()));
        send(
                        post(base() + "/departments/merge"),
                        "{\"sourceIds\":[\"" + dept("Frontend").id() + "\"],\"targetId\":\""
                                + dept("Backend").id() + "\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Backend"));
        assertThat(acme.departments().subtree(acme.root().id()))
                .extracting(Department::name)
                .doesNotContain("Frontend");
        mvc.perform(delete(base() + "/departments/" + id)).andExpect(status().isNoContent());
        assertThat(acme.departments().subtree(acme.root().id()))
                .extracting(Department::name)
                .doesNotContain("Growth");
    }

    @Test
    void badDepartmentInputIsAProblemNamingTheFieldAndWritesNothing() throws Exception {
        int before = acme.departments().subtree(acme.root().id()).size();
        String root = acme.root().id().value();
        problem(send(post(base() + "/departments"), "{\"parentId\":\"" + root + "\",\"name\":\"  \"}"), 400, "name");
        problem(send(post(base() + "/departments"), "{\"parentId\":\"" + root + "\"}"), 400, "name");
        problem(send(post(base() + "/departments"), "{\"name\":\"X\"}"), 400, "parentId");
        problem(
                send(
                        post(base() + "/departments"),
                        "{\"parentId\":\"" + root + "\",\"name\":\"" + "n".repeat(101) + "\"}"),
                400,
                "name");
        problem(send(post(base() + "/departments"), "{\"parentId\":\"missing\",\"name\":\"X\"}"), 404, null);
        problem(send(post(base() + "/departments"), "{not json"), 400, "body");
        problem(
                send(post(base() + "/departments/merge"), "{\"sourceIds\":[],\"targetId\":\"" + root + "\"}"),
                400,
                "sourceIds");
        // a department cannot move under itself
        String rnd = dept("R&D").id().value();
        problem(
                send(
                        post(base() + "/departments/" + rnd + "/move"),
                        "{\"parentId\":\"" + dept("Backend").id() + "\"}"),
                409,
                null);
        assertThat(acme.departments().subtree(acme.root().id())).hasSize(before);
    }

    @Test
    void membersAreAddedEditedAndResignedInBatch() throws Exception {
        String body = send(
                        post(base() + "/members"),
                        "{\"name\":\"Zoe Xu\",\"employeeId\":\"E0100\",\"email\":\"Zoe@ACME.example\",\"departmentIds\":[\""
                                + dept("Sales").id() + "\"]}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.email").value("zoe@acme.example"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String id = json.readTree(body).get("id").asText();
        send(
                        patch(base() + "/members/" + id),
                        "{\"position\":\"Lead\",\"departmentIds\":[\""
                                + dept("Support").id() + "\"]}")
                .andExpect(jsonPath("$.position").value("Lead"))
                .andExpect(jsonPath("$.mainDepartmentId")
                        .value(dept("Support").id().value()));
        String dan = member("Dan Ma").id().value();
        send(post(base() + "/members/resign"), "{\"memberIds\":[\"" + id + "\",\"" + dan + "\"]}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].status")
                        .value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("RESIGNED"))));
        assertThat(acme.members().resigned()).extracting(Member::name).contains("Zoe Xu", "Dan Ma");
    }

    @Test
    void badMemberInputIsAProblemNamingTheFieldAndWritesNothing() throws Exception {
        long before = acme.members().count();
        problem(send(post(base() + "/members"), "{\"name\":\"X\",\"email\":\"not-an-email\"}"), 400, "email");
        problem(send(post(base() + "/members"), "{\"name\":\"X\",\"phone\":\"12\"}"), 400, "phone");
        problem(send(post(base() + "/members"), "{\"email\":\"x@acme.example\"}"), 400, "name");
        problem(send(post(base() + "/members"), "{\"name\":\"X\",\"employeeId\":\"E0002\"}"), 409, "employeeId");
        problem(
                send(patch(base() + "/members/" + member("Bob Li").id()), "{\"email\":\"carol@acme.example\"}"),
                409,
                "email");
        problem(send(post(base() + "/members/resign"), "{\"memberIds\":[]}"), 400, "memberIds");
        StringBuilder many = new StringBuilder("{\"memberIds\":[");
        for (int i = 0; i < 1001; i++) {
            many.append(i == 0 ? "" : ",").append("\"m").append(i).append('"');
        }
        problem(send(post(base() + "/members/resign"), many.append("]}").toString()), 400, "memberIds");
        assertThat(acme.members().count()).isEqualTo(before);
        assertThat(member("Bob Li").email()).isEqualTo("bob@acme.example");
    }

    @Test
    void aJsonBodyOverTheLimitIsRefused() throws Exception {
        String big = "{\"name\":\"" + "x".repeat(BodyLimitFilter.MAX_JSON) + "\"}";
        mvc.perform(post(base() + "/members")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(big))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.field").value("body"));
    }

    @Test
    void theLeaderIsChosenFromAllADepartmentOrARole() throws Exception {
        mvc.perform(get(base() + "/leader-candidates"))
                .andExpect(jsonPath("$.length()").value((int) acme.members().count()));
        mvc.perform(get(base() + "/leader-candidates?department="
                        + dept("Backend").id()))
                .andExpect(jsonPath("$[*].name").value(org.hamcrest.Matchers.hasItem("Bob Li")))
                .andExpect(jsonPath("$[*].name")
                        .value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("Dan Ma"))));
        String reviewer = acme.roles().list().stream()
                .filter(r -> r.name().equals("Code reviewer"))
                .findFirst()
                .orElseThrow()
                .id()
                .value();
        mvc.perform(get(base() + "/leader-candidates?role=" + reviewer))
                .andExpect(
                        jsonPath("$[*].name").value(org.hamcrest.Matchers.containsInAnyOrder("Bob Li", "Carol Lin")));
        problem(
                mvc.perform(get(base() + "/leader-candidates?role=" + reviewer + "&department="
                        + dept("Backend").id())),
                400,
                "candidates");
        send(put(base() + "/leader"), "{\"memberId\":\"" + member("Bob Li").id() + "\"}")
                .andExpect(jsonPath("$.leaderId").value(member("Bob Li").id().value()));
        problem(send(put(base() + "/leader"), "{}"), 400, "memberId");
    }

    @Test
    void rolesAndRoleGroupsWithTheirMembers() throws Exception {
        mvc.perform(get(base() + "/roles"))
                .andExpect(jsonPath("$[*].name").value(org.hamcrest.Matchers.hasItem("Projects")));
        String group = json.readTree(send(post(base() + "/role-groups"), "{\"name\":\"Safety\"}")
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .get("id")
                .asText();
        String role = json.readTree(
                        send(post(base() + "/roles"), "{\"groupId\":\"" + group + "\",\"name\":\"First aid\"}")
                                .andExpect(status().isCreated())
                                .andReturn()
                                .getResponse()
                                .getContentAsString())
                .get("id")
                .asText();
        send(
                        post(base() + "/roles/" + role + "/members"),
                        "{\"memberIds\":[\"" + member("Erin Wu").id() + "\"]}")
                .andExpect(jsonPath("$[*].name").value(org.hamcrest.Matchers.contains("Erin Wu")));
        mvc.perform(get(base() + "/roles/" + role + "/members"))
                .andExpect(jsonPath("$[*].name").value(org.hamcrest.Matchers.contains("Erin Wu")));
        send(
                        post(base() + "/roles/" + role + "/members/remove"),
                        "{\"memberIds\":[\"" + member("Erin Wu").id() + "\"]}")
                .andExpect(jsonPath("$.length()").value(0));
        problem(send(post(base() + "/roles"), "{\"groupId\":\"" + group + "\",\"name\":\"\"}"), 400, "name");
    }

    @Test
    void theTemplateDownloadsAsXlsxOrCsv() throws Exception {
        mvc.perform(get(base() + "/template"))
                .andExpect(status().isOk())
                .andExpect(header().string(
                                "Content-Disposition", org.hamcrest.Matchers.containsString("members-template.xlsx")))
                .andExpect(content().contentType(ContactsApi.XLSX));
        String csv = mvc.perform(get(base() + "/template?format=csv"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("Name");
        problem(mvc.perform(get(base() + "/template?format=pdf")), 400, "format");
    }

    @Test
    void anImportWithABadRowWritesNothingAndOffersTheErrorReport() throws Exception {
        long before = acme.members().count();
        String csv = "Name,Employee ID,Email,Department\nNew Person,E0200,new@acme.example,Sales\n"
                + "Bad Person,E0201,not-an-email,Sales\n";
        String answer = mvc.perform(multipart(base() + "/imports")
                        .file(new MockMultipartFile(
                                "file", "members.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.read").value(2))
                .andExpect(jsonPath("$.created").value(0))
                .andExpect(jsonPath("$.failed").value(1))
                .andExpect(jsonPath("$.written").value(false))
                .andExpect(jsonPath("$.errors[0].row").value(3))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(acme.members().count()).isEqualTo(before);
        String report = json.readTree(answer).get("errorReport").asText();
        String fix = mvc.perform(get(report))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(fix).contains("Bad Person").contains("not-an-email").doesNotContain("New Person");
        // the same report as a workbook, whatever the upload's format
        mvc.perform(get(report + "?format=xlsx"))
                .andExpect(status().isOk())
                .andExpect(content().contentType(ContactsApi.XLSX));
        problem(mvc.perform(get(report + "?format=ods")), 400, "format");
        problem(mvc.perform(get(base() + "/imports/unknown-report/errors")), 404, null);
        // another organization cannot read the report
        problem(mvc.perform(get(report.replace(acme.id().value(), ding.id().value()))), 404, null);

        mvc.perform(multipart(base() + "/imports?mode=skip-invalid")
                        .file(new MockMultipartFile(
                                "file", "members.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8))))
                .andExpect(jsonPath("$.created").value(1))
                .andExpect(jsonPath("$.failed").value(1));
        assertThat(acme.members().count()).isEqualTo(before + 1);
    }

    @Test
    void badImportRequestsAreProblems() throws Exception {
        problem(
                mvc.perform(multipart(base() + "/imports")
                        .file(new MockMultipartFile("file", "members.pdf", "application/pdf", new byte[] {1}))),
                400,
                "file");
        problem(
                mvc.perform(multipart(base() + "/imports?mode=maybe")
                        .file(new MockMultipartFile(
                                "file", "m.csv", "text/csv", "Name\nX\n".getBytes(StandardCharsets.UTF_8)))),
                400,
                "mode");
        problem(mvc.perform(multipart(base() + "/imports")), 400, "file");
        // a file that is not a workbook at all
        problem(
                mvc.perform(multipart(base() + "/imports")
                        .file(new MockMultipartFile(
                                "file", "m.xlsx", ContactsApi.XLSX, "not a zip".getBytes(StandardCharsets.UTF_8)))),
                400,
                null);
    }

    @Test
    void exportsTheOrganizationADepartmentOrChosenMembers() throws Exception {
        String all = mvc.perform(get(base() + "/export?format=csv"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("members.csv")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(all).contains("Bob Li", "Dan Ma", "Alice Zhang");
        String backend = mvc.perform(get(base() + "/export?format=csv&scope=department&department="
                        + dept("Backend").id()))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(backend).contains("Bob Li").doesNotContain("Dan Ma");
        String chosen = mvc.perform(get(base() + "/export?format=csv&scope=members&members="
                        + member("Dan Ma").id()))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(chosen).contains("Dan Ma").doesNotContain("Bob Li");
        mvc.perform(get(base() + "/export")).andExpect(content().contentType(ContactsApi.XLSX));
        problem(mvc.perform(get(base() + "/export?scope=department")), 400, "department");
        problem(mvc.perform(get(base() + "/export?scope=members")), 400, "memberIds");
        problem(mvc.perform(get(base() + "/export?scope=everything")), 400, "scope");
    }

    @Test
    void syncNowRunsInTheBackgroundWithProgressThenShowsInTheHistory() throws Exception {
        String dingBase = "/api/orgs/" + ding.id();
        mvc.perform(post(dingBase + "/sync/dry-run"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.counts.MEMBER_CREATED").value(15))
                .andExpect(jsonPath("$.held").value(false));
        assertThat(ding.members().count()).isZero();
        mvc.perform(post(dingBase + "/sync")).andExpect(status().isAccepted());
        JsonNode progress = null;
        for (int i = 0; i < 400; i++) { // at most ~20 s; a sync of 15 members takes well under a second
            progress = json.readTree(mvc.perform(get(dingBase + "/sync/progress"))
                    .andReturn()
                    .getResponse()
                    .getContentAsString());
            if (!progress.get("running").asBoolean()) {
                break;
            }
            Thread.sleep(50);
        }
        assertThat(progress.get("phase").asText()).isEqualTo("DONE");
        assertThat(progress.get("report").get("outcome").asText()).isEqualTo("APPLIED");
        assertThat(ding.members().count()).isEqualTo(15);
        mvc.perform(get(dingBase + "/sync/history"))
                .andExpect(jsonPath("$.runs[0].operation").value("RUN"))
                .andExpect(jsonPath("$.runs[0].outcome").value("APPLIED"))
                .andExpect(jsonPath("$.last.outcome").value("APPLIED"));
        mvc.perform(get(dingBase + "/sync/held")).andExpect(status().isNoContent());
        problem(send(post(dingBase + "/sync/held/approve"), "{\"planId\":\"nope\"}"), 404, null);
        // a synced organization is read-only here
        problem(
                send(
                        post(dingBase + "/departments"),
                        "{\"parentId\":\"" + ding.root().id() + "\",\"name\":\"X\"}"),
                409,
                null);
        // the generic organization has nothing to sync
        problem(mvc.perform(post(base() + "/sync")), 400, "org");
    }

    @Test
    void aHeldPlanIsShownAndCanBeDiscardedOrApproved() throws Exception {
        String dingBase = "/api/orgs/" + ding.id();
        ding.sync().run();
        // everybody leaves on the platform: the guard holds the plan instead of resigning all members
        List.copyOf(simulator.directory().users())
                .forEach(u -> simulator.directory().removeUser(u.userid()));
        var report = ding.sync().run();
        assertThat(report.isHeld()).isTrue();
        mvc.perform(get(dingBase + "/sync/held"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.planId").value(report.held().planId()));
        mvc.perform(delete(dingBase + "/sync/held")).andExpect(status().isNoContent());
        mvc.perform(get(dingBase + "/sync/held")).andExpect(status().isNoContent());
        var again = ding.sync().run();
        send(
                        post(dingBase + "/sync/held/approve"),
                        "{\"planId\":\"" + again.held().planId() + "\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("APPLIED"))
                .andExpect(jsonPath("$.counts.MEMBER_RESIGNED").value(15));
    }
}
