package nl.spiegel360.security;

/** The roles of Spiegel360. Every account is an employee; managers have reports; HR administers. */
public enum Role {
    EMPLOYEE, MANAGER, HR;

    /** Role names as used in {@code @RolesAllowed} and {@code hasRole(...)}. */
    public static final String EMPLOYEE_NAME = "EMPLOYEE";
    public static final String MANAGER_NAME = "MANAGER";
    public static final String HR_NAME = "HR";

    public String authority() {
        return "ROLE_" + name();
    }
}
