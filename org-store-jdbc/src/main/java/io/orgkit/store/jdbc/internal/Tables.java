package io.orgkit.store.jdbc.internal;

import io.orgkit.core.ValidationException;
import java.util.regex.Pattern;

/** Table names: one prefix for every OrgKit table, so OrgKit never clashes with the host's tables. */
public final class Tables {
    private static final Pattern PREFIX = Pattern.compile("[a-z][a-z0-9_]{0,29}");

    private final String prefix;

    public Tables(String prefix) {
        if (!PREFIX.matcher(prefix).matches()) {
            throw ValidationException.of(
                    "tablePrefix",
                    "must be 1-30 lower-case letters, digits or '_' starting" + " with a letter, was '" + prefix + "'");
        }
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }

    public String organizations() {
        return prefix + "organizations";
    }

    public String departments() {
        return prefix + "departments";
    }

    public String members() {
        return prefix + "members";
    }

    public String links() {
        return prefix + "member_departments";
    }

    public String roleGroups() {
        return prefix + "role_groups";
    }

    public String roles() {
        return prefix + "roles";
    }

    public String roleMembers() {
        return prefix + "role_members";
    }

    public String credentials() {
        return prefix + "credentials";
    }

    public String attributes() {
        return prefix + "attributes";
    }

    public String searchDocs() {
        return prefix + "search_docs";
    }

    public String events() {
        return prefix + "events";
    }

    public String eventCounter() {
        return prefix + "event_counter";
    }

    public String singleUse() {
        return prefix + "single_use";
    }

    public String leases() {
        return prefix + "leases";
    }

    public String history() {
        return prefix + "schema_history";
    }

    public String migrationLock() {
        return prefix + "schema_lock";
    }
}
