package io.orgkit.tck.wecom;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.orgkit.tck.sim.SimRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** WeCom's contact reads answered from a {@link WeComSimDirectory}, and WeCom's answers and error bodies. */
final class WeComSimApi {
    static final String DEPARTMENT_LIST = "/cgi-bin/department/list";
    static final String DEPARTMENT_SIMPLELIST = "/cgi-bin/department/simplelist";
    static final String DEPARTMENT_GET = "/cgi-bin/department/get";
    static final String USER_LIST = "/cgi-bin/user/list";
    static final String USER_LIST_ID = "/cgi-bin/user/list_id";
    static final String USER_GET = "/cgi-bin/user/get";
    static final String AUTH_USER_INFO = "/cgi-bin/auth/getuserinfo";
    static final List<String> CONTACT_READS =
            List.of(DEPARTMENT_LIST, DEPARTMENT_SIMPLELIST, DEPARTMENT_GET, USER_LIST, USER_LIST_ID, USER_GET);

    private static final Map<Integer, String> MESSAGES = Map.ofEntries(
            Map.entry(-1, "system busy"),
            Map.entry(40001, "invalid credential"),
            Map.entry(40013, "invalid corpid"),
            Map.entry(40014, "invalid access_token"),
            Map.entry(40029, "invalid code"),
            Map.entry(42001, "access_token expired"),
            Map.entry(45009, "api freq out of limit"),
            Map.entry(45033, "api concurrent out of limit"),
            Map.entry(48002, "api forbidden"),
            Map.entry(48009, "api forbidden for contact assistant"),
            Map.entry(60011, "no privilege to access/modify contact/party/agent"),
            Map.entry(60020, "not allow to access from your ip"),
            Map.entry(60111, "userid not found"),
            Map.entry(60123, "invalid party id"),
            Map.entry(40058, "invalid parameter"));

    private final WeComSimDirectory directory;
    private final ObjectMapper json;
    private volatile boolean empty;
    private volatile boolean restrictFields;

    WeComSimApi(WeComSimDirectory directory, ObjectMapper json) {
        this.directory = directory;
        this.json = json;
    }

    void answerEmpty(boolean on) {
        empty = on;
    }

    void restrictFields(boolean on) {
        restrictFields = on;
    }

    ObjectNode ok() {
        return json.createObjectNode().put("errcode", 0).put("errmsg", "ok");
    }

    ObjectNode error(int errcode) {
        return json.createObjectNode()
                .put("errcode", errcode)
                .put(
                        "errmsg",
                        MESSAGES.getOrDefault(errcode, "error " + errcode)
                                + ", hint: [" + Long.toHexString(System.nanoTime()) + "], from ip: 127.0.0.1, more info"
                                + " at https://open.work.weixin.qq.com/devtool/query?e=" + errcode);
    }

    ObjectNode answer(SimRequest request) {
        try {
            return switch (request.path()) {
                case DEPARTMENT_LIST -> departmentList(request.number("id", WeComSimDirectory.ROOT_ID), false);
                case DEPARTMENT_SIMPLELIST -> departmentList(request.number("id", WeComSimDirectory.ROOT_ID), true);
                case DEPARTMENT_GET -> departmentGet(request.number("id", -1));
                case USER_LIST -> userList(request.number("department_id", -1));
                case USER_LIST_ID -> userListId(request);
                case USER_GET -> userGet(String.valueOf(request.param("userid")));
                default -> error(40058);
            };
        } catch (NumberFormatException e) {
            return error(40058);
        }
    }

    private List<WeComSimDepartment> visibleSubtree(long id) {
        if (empty) {
            return id == WeComSimDirectory.ROOT_ID
                    ? directory.department(id).map(List::of).orElse(List.of())
                    : List.of();
        }
        return directory.department(id).isPresent() ? directory.subtree(id) : List.of();
    }

    private ObjectNode departmentList(long id, boolean simple) {
        List<WeComSimDepartment> all = visibleSubtree(id);
        if (all.isEmpty()) {
            return error(60123);
        }
        ObjectNode ok = ok();
        ArrayNode list = ok.putArray(simple ? "department_id" : "department");
        for (WeComSimDepartment d : all) {
            ObjectNode node = list.addObject();
            node.put("id", d.id());
            if (!simple) {
                node.put("name", d.name()).put("name_en", "");
                ArrayNode leaders = node.putArray("department_leader");
                d.leaders().forEach(leaders::add);
            }
            node.put("parentid", d.parentId()).put("order", d.order());
        }
        return ok;
    }

    private ObjectNode departmentGet(long id) {
        Optional<WeComSimDepartment> found =
                empty && id != WeComSimDirectory.ROOT_ID ? Optional.empty() : directory.department(id);
        if (found.isEmpty()) {
            return error(60123);
        }
        WeComSimDepartment d = found.get();
        ObjectNode ok = ok();
        ObjectNode node = ok.putObject("department");
        node.put("id", d.id()).put("name", d.name()).put("name_en", "");
        ArrayNode leaders = node.putArray("department_leader");
        d.leaders().forEach(leaders::add);
        node.put("parentid", d.parentId()).put("order", d.order());
        return ok;
    }

    private ObjectNode userList(long deptId) {
        if (directory.department(deptId).isEmpty()) {
            return error(60123);
        }
        ObjectNode ok = ok();
        ArrayNode list = ok.putArray("userlist");
        if (!empty) {
            directory.usersIn(deptId).forEach(u -> list.add(user(u)));
        }
        return ok;
    }

    /** WeCom's cursor: an opaque string; here the offset into the user-department pairs, Base36 and prefixed. */
    private ObjectNode userListId(SimRequest request) {
        long limit = request.number("limit", 10_000);
        String cursor = request.param("cursor");
        if (limit < 1 || limit > 10_000) {
            return error(40058);
        }
        long from = 0;
        if (cursor != null && !cursor.isEmpty()) {
            if (!cursor.startsWith("c") || cursor.length() > 20) {
                return error(40058);
            }
            from = Long.parseLong(cursor.substring(1), 36);
        }
        List<WeComSimUser> users = empty ? List.of() : directory.users();
        ObjectNode ok = ok();
        ArrayNode list = ok.putArray("dept_user");
        long index = 0;
        for (WeComSimUser u : users) {
            for (long d : u.departments()) {
                if (index >= from && index < from + limit) {
                    list.addObject().put("userid", u.userid()).put("department", d);
                }
                index++;
            }
        }
        ok.put("next_cursor", from + limit < index ? "c" + Long.toString(from + limit, 36) : "");
        return ok;
    }

    private ObjectNode userGet(String userid) {
        Optional<WeComSimUser> u = empty ? Optional.empty() : directory.user(userid);
        if (u.isEmpty()) {
            return error(60111);
        }
        ObjectNode ok = ok();
        ok.setAll(user(u.get()));
        return ok;
    }

    private ObjectNode user(WeComSimUser u) {
        ObjectNode node = json.createObjectNode();
        node.put("userid", u.userid()).put("name", u.name());
        ArrayNode depts = node.putArray("department");
        ArrayNode order = node.putArray("order");
        ArrayNode leader = node.putArray("is_leader_in_dept");
        for (long d : u.departments()) {
            depts.add(d);
            order.add(0);
            leader.add(
                    directory
                                    .department(d)
                                    .map(x -> x.leaders().contains(u.userid()))
                                    .orElse(false)
                            ? 1
                            : 0);
        }
        putIfPresent(node, "position", u.position());
        if (!restrictFields) {
            putIfPresent(node, "mobile", u.mobile());
            putIfPresent(node, "email", u.email());
            node.put("gender", "1").put("avatar", "https://wework.qpic.cn/sim/" + u.userid() + "/0");
            node.put("address", "");
            node.put("biz_mail", "");
        }
        node.put("main_department", u.mainDepartment())
                .put("status", u.status())
                .put("alias", "");
        node.putArray("direct_leader");
        if (u.employeeId() != null) {
            ObjectNode attr = node.putObject("extattr").putArray("attrs").addObject();
            attr.put("type", 0).put("name", "工号");
            attr.putObject("text").put("value", u.employeeId());
        }
        return node;
    }

    private static void putIfPresent(ObjectNode node, String field, @Nullable String value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}
