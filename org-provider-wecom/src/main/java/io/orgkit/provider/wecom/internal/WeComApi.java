package io.orgkit.provider.wecom.internal;

import java.util.Arrays;
import java.util.Optional;

/** The server API calls the provider makes ({@code qyapi.weixin.qq.com/cgi-bin/...}), and what each may read. */
enum WeComApi {
    GET_TOKEN("/cgi-bin/gettoken", false),
    DEPARTMENT_LIST("/cgi-bin/department/list", false),
    DEPARTMENT_SIMPLELIST("/cgi-bin/department/simplelist", false),
    DEPARTMENT_GET("/cgi-bin/department/get", false),
    USER_LIST("/cgi-bin/user/list", true),
    USER_LIST_ID("/cgi-bin/user/list_id", true),
    USER_GET("/cgi-bin/user/get", true),
    AUTH_USER_INFO("/cgi-bin/auth/getuserinfo", true);

    private final String path;
    private final boolean members;

    WeComApi(String path, boolean members) {
        this.path = path;
        this.members = members;
    }

    String path() {
        return path;
    }

    /** "departments" or "members", for messages. */
    String reads() {
        return members ? "members" : "departments";
    }

    static Optional<WeComApi> byPath(String path) {
        return Arrays.stream(values()).filter(a -> a.path.equals(path)).findFirst();
    }
}
