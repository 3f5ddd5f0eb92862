package io.orgkit.core;

/** Departments and members of a synced organization are changed on the platform, then synced. */
public class ReadOnlyOrganizationException extends OrgKitException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param orgName the organization's name
     * @param type the platform it is synced from
     */
    public ReadOnlyOrganizationException(String orgName, String type) {
        super("Organization '" + orgName + "' is synced from " + type
                + "; its departments and members are read-only here: edit them on the platform, then run a sync");
    }
}
