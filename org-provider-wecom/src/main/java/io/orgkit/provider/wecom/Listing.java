package io.orgkit.provider.wecom;

/**
 * Which WeCom calls a full fetch reads departments or members with. Set with
 * {@link WeComConfig.Builder#departmentListing} / {@link WeComConfig.Builder#memberListing} or the settings
 * {@value WeCom#DEPARTMENT_LISTING} / {@value WeCom#MEMBER_LISTING}; see {@code docs/providers/wecom.md}.
 */
public enum Listing {
    /**
     * The detailed list call ({@code department/list}, {@code user/list}); when WeCom refuses it with errcode
     * 48009 (the contacts-sync secret used from a server IP added after 2022-08-15), the id list and one detail
     * call per id instead. The default.
     */
    AUTO,
    /**
     * Departments: one {@code department/list} for the whole tree. Members: one {@code user/list} per department
     * (WeCom does not page it). A 48009 refusal fails the fetch.
     */
    LIST,
    /**
     * Departments: {@code department/simplelist} and one {@code department/get} per department. Members:
     * {@code user/list_id} pages (cursor, up to 10,000 user-department pairs each; contacts-sync secret only) and
     * one {@code user/get} per member.
     */
    IDS
}
