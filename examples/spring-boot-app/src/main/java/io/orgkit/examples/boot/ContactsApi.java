package io.orgkit.examples.boot;

import io.orgkit.core.Org;
import io.orgkit.core.OrganizationService;
import io.orgkit.core.departments.Department;
import io.orgkit.core.departments.DepartmentId;
import io.orgkit.core.io.ExportScope;
import io.orgkit.core.io.FileFormat;
import io.orgkit.core.io.ImportMode;
import io.orgkit.core.io.ImportOptions;
import io.orgkit.core.io.ImportResult;
import io.orgkit.core.members.Member;
import io.orgkit.core.members.MemberId;
import io.orgkit.core.members.MemberUpdate;
import io.orgkit.core.members.NewMember;
import io.orgkit.core.organizations.LeaderCandidates;
import io.orgkit.core.organizations.OrgId;
import io.orgkit.core.roles.RoleGroupId;
import io.orgkit.core.roles.RoleId;
import io.orgkit.core.search.MemberQuery;
import io.orgkit.core.search.Search;
import io.orgkit.core.search.SearchPage;
import io.orgkit.core.sync.HeldPlan;
import io.orgkit.core.sync.SyncPlan;
import io.orgkit.core.sync.SyncReport;
import io.orgkit.examples.boot.ApiErrors.BadRequest;
import io.orgkit.examples.boot.Dtos.*;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The REST API of the contacts page. Every path names the organization by its id. */
@RestController
@RequestMapping("/api/orgs")
class ContactsApi {
    static final int MAX_PAGE_SIZE = 200;
    static final int MAX_IDS = 1000;
    static final int MAX_SHOWN_ERRORS = 100;
    static final int MAX_SHOWN_CHANGES = 200;
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final OrganizationService orgs;
    private final SyncJobs syncs;
    private final ImportReports reports;

    ContactsApi(OrganizationService orgs, SyncJobs syncs, ImportReports reports) {
        this.orgs = orgs;
        this.syncs = syncs;
        this.reports = reports;
    }

    private Org org(String id) {
        return orgs.org(OrgId.of(id));
    }

    private static DepartmentId dept(String field, String id) {
        if (id == null || id.isBlank()) {
            throw new BadRequest(field, field + " is required");
        }
        return DepartmentId.of(id);
    }

    private static List<MemberId> memberIds(List<String> ids) {
        if (ids == null || ids.isEmpty()) {
            throw new BadRequest("memberIds", "memberIds: choose at least one member");
        }
        if (ids.size() > MAX_IDS) {
            throw new BadRequest("memberIds", "memberIds: at most " + MAX_IDS + " at a time, not " + ids.size());
        }
        return ids.stream().map(MemberId::of).toList();
    }

    // organizations

    @GetMapping
    List<OrgView> organizations() {
        return orgs.list().stream().map(OrgView::of).toList();
    }

    @GetMapping("/{org}")
    OrgView organization(@PathVariable String org) {
        return OrgView.of(org(org).info());
    }

    // departments

    @GetMapping("/{org}/departments/tree")
    DepartmentNode tree(@PathVariable String org) {
        Org o = org(org);
        return Dtos.tree(o.departments().subtree(o.root().id()));
    }

    @PostMapping("/{org}/departments")
    @ResponseStatus(HttpStatus.CREATED)
    DepartmentNode createDepartment(@PathVariable String org, @RequestBody NewDepartment body) {
        Department d = org(org).departments().create(dept("parentId", body.parentId()), require("name", body.name()));
        return node(d);
    }

    @PatchMapping("/{org}/departments/{id}")
    DepartmentNode renameDepartment(@PathVariable String org, @PathVariable String id, @RequestBody Rename body) {
        return node(org(org).departments().rename(DepartmentId.of(id), require("name", body.name())));
    }

    @PostMapping("/{org}/departments/{id}/move")
    DepartmentNode moveDepartment(@PathVariable String org, @PathVariable String id, @RequestBody Move body) {
        return node(org(org).departments().move(DepartmentId.of(id), dept("parentId", body.parentId())));
    }

    @PostMapping("/{org}/departments/merge")
    DepartmentNode mergeDepartments(@PathVariable String org, @RequestBody Merge body) {
        if (body.sourceIds() == null
                || body.sourceIds().isEmpty()
                || body.sourceIds().size() > MAX_IDS) {
            throw new BadRequest("sourceIds", "sourceIds: choose 1 to " + MAX_IDS + " departments to merge");
        }
        List<DepartmentId> sources =
                body.sourceIds().stream().map(DepartmentId::of).toList();
        return node(org(org).departments().merge(sources, dept("targetId", body.targetId())));
    }

    @DeleteMapping("/{org}/departments/{id}")
    ResponseEntity<Void> deleteDepartment(@PathVariable String org, @PathVariable String id) {
        org(org).departments().delete(DepartmentId.of(id));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{org}/departments/{id}/members")
    Page<MemberView> departmentMembers(
            @PathVariable String org,
            @PathVariable String id,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            @RequestParam(defaultValue = "true") boolean sub) {
        if (page < 0) {
            throw new BadRequest("page", "page starts at 0, was " + page);
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new BadRequest("size", "size must be 1.." + MAX_PAGE_SIZE + ", was " + size);
        }
        List<Member> all = org(org).departments().members(DepartmentId.of(id), sub);
        int from = (int) Math.min((long) page * size, all.size());
        int to = Math.min(from + size, all.size());
        return new Page<>(all.subList(from, to).stream().map(MemberView::of).toList(), page, size, all.size());
    }

    private static DepartmentNode node(Department d) {
        return new DepartmentNode(
                d.id().value(),
                d.name(),
                d.parentId() == null ? null : d.parentId().value(),
                d.managerIds().stream().map(MemberId::value).toList(),
                List.of());
    }

    private static String require(String field, String value) {
        if (value == null) {
            throw new BadRequest(field, field + " is required");
        }
        return value;
    }

    // search

    @GetMapping("/{org}/search")
    SearchView search(
            @PathVariable String org,
            @RequestParam String q,
            @RequestParam(defaultValue = "20") int limit,
            @RequestParam(required = false) String after) {
        if (q.length() > Search.MAX_QUERY) {
            throw new BadRequest("q", "q: at most " + Search.MAX_QUERY + " characters");
        }
        if (limit < 1 || limit > MAX_PAGE_SIZE) {
            throw new BadRequest("limit", "limit must be 1.." + MAX_PAGE_SIZE + ", was " + limit);
        }
        if (after != null && after.length() > 512) {
            throw new BadRequest("after", "after: not a cursor this API handed out");
        }
        SearchPage<io.orgkit.core.search.MemberHit> page =
                org(org).search().memberPage(MemberQuery.of(q).limit(limit).after(after));
        return new SearchView(page.hits().stream().map(HitView::of).toList(), page.nextCursor());
    }

    // members

    @GetMapping("/{org}/members/{id}")
    MemberView member(@PathVariable String org, @PathVariable String id) {
        return MemberView.of(org(org).members().get(MemberId.of(id)));
    }

    @PostMapping("/{org}/members")
    @ResponseStatus(HttpStatus.CREATED)
    MemberView addMember(@PathVariable String org, @RequestBody MemberBody body) {
        NewMember m = NewMember.named(require("name", body.name()))
                .employeeId(blankToNull(body.employeeId()))
                .phone(blankToNull(body.phone()))
                .email(blankToNull(body.email()))
                .position(blankToNull(body.position()));
        Org o = org(org);
        List<String> depts = body.departmentIds() == null ? List.of() : body.departmentIds();
        if (depts.size() > 100) {
            throw new BadRequest("departmentIds", "departmentIds: at most 100");
        }
        if (body.mainDepartmentId() != null && !body.mainDepartmentId().isBlank()) {
            m.mainDepartment(DepartmentId.of(body.mainDepartmentId()));
        }
        depts.forEach(d -> m.in(DepartmentId.of(d)));
        if (depts.isEmpty() && m.mainDepartment() == null) {
            m.in(o.root().id());
        }
        return MemberView.of(o.members().add(m));
    }

    @PatchMapping("/{org}/members/{id}")
    MemberView editMember(@PathVariable String org, @PathVariable String id, @RequestBody MemberBody body) {
        Org o = org(org);
        MemberId mid = MemberId.of(id);
        MemberUpdate u = MemberUpdate.create();
        if (body.name() != null) {
            u.name(body.name());
        }
        if (body.employeeId() != null) {
            u.employeeId(blankToNull(body.employeeId()));
        }
        if (body.phone() != null) {
            u.phone(blankToNull(body.phone()));
        }
        if (body.email() != null) {
            u.email(blankToNull(body.email()));
        }
        if (body.position() != null) {
            u.position(blankToNull(body.position()));
        }
        Member m = u.isEmpty() ? o.members().get(mid) : o.members().update(mid, u);
        if (body.departmentIds() != null) {
            if (body.departmentIds().isEmpty() || body.departmentIds().size() > 100) {
                throw new BadRequest("departmentIds", "departmentIds: 1 to 100 departments");
            }
            List<DepartmentId> depts =
                    body.departmentIds().stream().map(DepartmentId::of).toList();
            DepartmentId main =
                    body.mainDepartmentId() == null || body.mainDepartmentId().isBlank()
                            ? depts.get(0)
                            : DepartmentId.of(body.mainDepartmentId());
            m = o.members().moveTo(mid, depts, main);
        }
        return MemberView.of(m);
    }

    @PostMapping("/{org}/members/resign")
    List<MemberView> resign(@PathVariable String org, @RequestBody MemberIds body) {
        return org(org).members().resign(memberIds(body.memberIds())).stream()
                .map(MemberView::of)
                .toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    // leader

    @GetMapping("/{org}/leader-candidates")
    List<MemberView> leaderCandidates(
            @PathVariable String org,
            @RequestParam(required = false) String department,
            @RequestParam(required = false) String role) {
        LeaderCandidates from = new LeaderCandidates(
                department == null ? null : DepartmentId.of(department), role == null ? null : RoleId.of(role));
        return org(org).leaderCandidates(from).stream()
                .limit(MAX_IDS)
                .map(MemberView::of)
                .toList();
    }

    @PutMapping("/{org}/leader")
    OrgView setLeader(@PathVariable String org, @RequestBody Leader body) {
        return OrgView.of(org(org).setLeader(MemberId.of(require("memberId", body.memberId()))));
    }

    // roles

    @GetMapping("/{org}/roles")
    List<RoleGroupView> roles(@PathVariable String org) {
        Org o = org(org);
        return o.roles().groups().stream()
                .map(g -> new RoleGroupView(
                        g.id().value(),
                        g.name(),
                        o.roles().inGroup(g.id()).stream().map(RoleView::of).toList()))
                .toList();
    }

    @PostMapping("/{org}/role-groups")
    @ResponseStatus(HttpStatus.CREATED)
    RoleGroupView createGroup(@PathVariable String org, @RequestBody NewRoleGroup body) {
        var g = org(org).roles().createGroup(require("name", body.name()));
        return new RoleGroupView(g.id().value(), g.name(), List.of());
    }

    @PostMapping("/{org}/roles")
    @ResponseStatus(HttpStatus.CREATED)
    RoleView createRole(@PathVariable String org, @RequestBody NewRole body) {
        return RoleView.of(org(org).roles()
                .create(RoleGroupId.of(require("groupId", body.groupId())), require("name", body.name())));
    }

    @GetMapping("/{org}/roles/{role}/members")
    List<MemberView> roleMembers(@PathVariable String org, @PathVariable String role) {
        return org(org).roles().members(RoleId.of(role)).stream()
                .map(MemberView::of)
                .toList();
    }

    @PostMapping("/{org}/roles/{role}/members")
    List<MemberView> addRoleMembers(@PathVariable String org, @PathVariable String role, @RequestBody MemberIds body) {
        Org o = org(org);
        o.roles().addMembers(RoleId.of(role), memberIds(body.memberIds()));
        return o.roles().members(RoleId.of(role)).stream().map(MemberView::of).toList();
    }

    @PostMapping("/{org}/roles/{role}/members/remove")
    List<MemberView> removeRoleMembers(
            @PathVariable String org, @PathVariable String role, @RequestBody MemberIds body) {
        Org o = org(org);
        o.roles().removeMembers(RoleId.of(role), memberIds(body.memberIds()));
        return o.roles().members(RoleId.of(role)).stream().map(MemberView::of).toList();
    }

    // import / export

    static FileFormat format(String value) {
        return switch (value == null ? "" : value.toLowerCase(Locale.ROOT)) {
            case "xlsx" -> FileFormat.XLSX;
            case "csv" -> FileFormat.CSV;
            default -> throw new BadRequest("format", "format is xlsx or csv");
        };
    }

    private static ResponseEntity<byte[]> file(byte[] bytes, FileFormat format, String name) {
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name + "." + format.extension())
                                .build()
                                .toString())
                .contentType(
                        format == FileFormat.XLSX
                                ? MediaType.parseMediaType(XLSX)
                                : new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body(bytes);
    }

    @GetMapping("/{org}/template")
    ResponseEntity<byte[]> template(@PathVariable String org, @RequestParam(defaultValue = "xlsx") String format) {
        FileFormat f = format(format);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        org(org).io().writeTemplate(f, out);
        return file(out.toByteArray(), f, "members-template");
    }

    @PostMapping(path = "/{org}/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Map<String, Object> importMembers(
            @PathVariable String org,
            @RequestPart("file") MultipartFile file,
            @RequestParam(defaultValue = "all") String mode,
            @RequestParam(defaultValue = "false") boolean createDepartments)
            throws IOException {
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        FileFormat format = name.length() > 255 ? null : FileFormat.fromFileName(Path.of(name.replace('/', '_')));
        if (format == null) {
            throw new BadRequest("file", "the file must be .xlsx or .csv");
        }
        ImportMode m = switch (mode) {
            case "all" -> ImportMode.ALL_OR_NOTHING;
            case "skip-invalid" -> ImportMode.SKIP_INVALID_ROWS;
            default -> throw new BadRequest("mode", "mode is all or skip-invalid");
        };
        Org o = org(org);
        ImportResult r;
        try (InputStream in = file.getInputStream()) {
            r = o.io().importMembers(
                            in, format, ImportOptions.defaults().mode(m).createMissingDepartments(createDepartments));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("read", r.read());
        out.put("created", r.created());
        out.put("updated", r.updated());
        out.put("skipped", r.skipped());
        out.put("failed", r.failed());
        out.put("written", r.written());
        out.put(
                "errors",
                r.errors().stream()
                        .limit(MAX_SHOWN_ERRORS)
                        .map(e -> {
                            Map<String, Object> one = new LinkedHashMap<>();
                            one.put("row", e.row());
                            one.put("column", e.column());
                            one.put("message", e.message());
                            return one;
                        })
                        .toList());
        if (!r.ok()) {
            String id = reports.keep(o.id(), r, format);
            out.put("errorReport", "/api/orgs/" + o.id() + "/imports/" + id + "/errors");
        }
        return out;
    }

    @GetMapping("/{org}/imports/{report}/errors")
    ResponseEntity<byte[]> errorReport(
            @PathVariable String org, @PathVariable String report, @RequestParam(required = false) String format) {
        Org o = org(org);
        ImportReports.Kept kept = reports.get(o.id(), report)
                .orElseThrow(() -> new io.orgkit.core.NotFoundException(
                        "no error report " + io.orgkit.examples.boot.Quote.of(report) + " (only the last "
                                + ImportReports.KEEP + " are kept)"));
        FileFormat f = format == null ? kept.format() : format(format);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        o.io().writeErrorReport(kept.result(), f, out);
        return file(out.toByteArray(), f, "import-errors");
    }

    @GetMapping("/{org}/export")
    ResponseEntity<byte[]> export(
            @PathVariable String org,
            @RequestParam(defaultValue = "all") String scope,
            @RequestParam(required = false) String department,
            @RequestParam(defaultValue = "true") boolean sub,
            @RequestParam(required = false) List<String> members,
            @RequestParam(defaultValue = "xlsx") String format) {
        FileFormat f = format(format);
        ExportScope s = switch (scope) {
            case "all" -> ExportScope.organization();
            case "department" -> ExportScope.department(dept("department", department), sub);
            case "members" -> ExportScope.members(memberIds(members));
            default -> throw new BadRequest("scope", "scope is all, department or members");
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        org(org).io().exportMembers(s, f, out);
        return file(out.toByteArray(), f, "members");
    }

    // sync

    @PostMapping("/{org}/sync")
    ResponseEntity<Map<String, Object>> syncNow(@PathVariable String org) {
        Org o = org(org);
        if (!o.info().isSynced()) {
            throw new BadRequest("org", "'" + Quote.of(o.info().name()) + "' is not synced from a platform");
        }
        boolean started = syncs.start(o.id());
        return ResponseEntity.status(started ? HttpStatus.ACCEPTED : HttpStatus.CONFLICT)
                .body(Map.of("started", started, "progress", syncs.progress(o.id())));
    }

    @GetMapping("/{org}/sync/progress")
    SyncJobs.Progress syncProgress(@PathVariable String org) {
        Object report = null;
        SyncJobs.Progress p = syncs.progress(org(org).id());
        if (p.report() instanceof SyncReport r) {
            report = report(r);
        }
        return new SyncJobs.Progress(p.running(), p.phase(), p.done(), p.total(), report, p.error());
    }

    @PostMapping("/{org}/sync/dry-run")
    PlanView dryRun(@PathVariable String org) {
        SyncPlan p = org(org).sync().dryRun();
        return new PlanView(
                p.id(),
                SyncJobs.stringKeys(p.counts()),
                p.changes().stream().limit(MAX_SHOWN_CHANGES).toList(),
                p.failures().stream().limit(MAX_SHOWN_CHANGES).toList(),
                p.guard().held(),
                p.guard().reason(),
                p.remoteDepartments(),
                p.remoteMembers(),
                p.apiCalls());
    }

    @GetMapping("/{org}/sync/held")
    ResponseEntity<HeldPlan> held(@PathVariable String org) {
        Optional<HeldPlan> held = org(org).sync().heldPlan();
        return held.map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.noContent().build());
    }

    @PostMapping("/{org}/sync/held/approve")
    Map<String, Object> approve(@PathVariable String org, @RequestBody Approve body) {
        return report(org(org).sync().approve(require("planId", body.planId())));
    }

    @DeleteMapping("/{org}/sync/held")
    ResponseEntity<Void> discard(@PathVariable String org) {
        org(org).sync().discardHeldPlan();
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{org}/sync/history")
    Map<String, Object> history(@PathVariable String org) {
        Org o = org(org);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("last", o.sync().lastState().orElse(null));
        out.put("runs", syncs.history(o.id()));
        return out;
    }

    static Map<String, Object> report(SyncReport r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("planId", r.planId());
        out.put("kind", r.kind().name());
        out.put("outcome", r.outcome().name());
        out.put("counts", SyncJobs.stringKeys(r.counts()));
        out.put("failures", new ArrayList<>(r.failures()));
        out.put("apiCalls", r.apiCalls());
        out.put("millis", r.duration().toMillis());
        out.put("held", r.held());
        return out;
    }
}
