package io.orgkit.provider.dingtalk;

/**
 * How a full fetch reads the department tree. Set with {@link DingTalkConfig.Builder#departmentDetail} or the
 * setting {@value DingTalk#DEPARTMENT_DETAIL}; see {@code docs/providers/dingtalk.md}.
 */
public enum DepartmentDetail {
    /**
     * {@code department/listsubid} and {@code department/get} for each department (2 calls per department): names,
     * DingTalk's sibling {@code order} and the managers in {@code dept_manager_userid_list}. The default.
     */
    FULL,
    /**
     * {@code department/listsub} for each department (1 call per department, plus one {@code department/get} for the
     * root's name): names and parents only. The sibling order becomes the order {@code listsub} lists them in
     * (DingTalk documents no order for it), and a department's managers are the users {@code user/list} flags
     * {@code leader} in that department, in the order they are listed. A manager who is not a direct member of
     * the department is not seen.
     */
    LISTSUB
}
