package io.orgkit.core;

/** The organization, department, member or role named by an id does not exist (in this organization). */
public class NotFoundException extends OrgKitException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String message) {
        super(message);
    }

    public static NotFoundException of(String kind, Object id) {
        return new NotFoundException(kind + " " + id + " does not exist in this organization;"
                + " check the id (ids of another organization are not visible here)");
    }
}
