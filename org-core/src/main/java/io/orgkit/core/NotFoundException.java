package io.orgkit.core;

/** The organization, department, member or role named by an id does not exist (in this organization). */
public class NotFoundException extends OrgKitException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message names what was not found and how to find the right id
     */
    public NotFoundException(String message) {
        super(message);
    }

    /**
     * The exception for an id that does not exist in this organization.
     *
     * @param kind what the id names ({@code "department"}, {@code "member"}, ...)
     * @param id the id
     * @return the exception, with a message that says so and how to check the id
     */
    public static NotFoundException of(String kind, Object id) {
        return new NotFoundException(kind + " " + id + " does not exist in this organization;"
                + " check the id (ids of another organization are not visible here)");
    }
}
