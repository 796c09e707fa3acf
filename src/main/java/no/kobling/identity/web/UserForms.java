package no.kobling.identity.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.Set;
import no.kobling.identity.Permission;

/** Forms of user and role administration (mutable beans, as Thymeleaf's {@code th:field} needs). */
public final class UserForms {

    /**
     * Shape of a username as typed (case is folded on save); empty passes, so a blank field gets only the
     * "fill in" message. The message key {@code Pattern.username} explains the rule.
     */
    public static final String USERNAME = "([A-Za-z0-9][A-Za-z0-9._@-]{1,99})?";

    private UserForms() {
    }

    /** Editing an existing user. */
    public static class UserForm {
        @NotBlank
        @Size(max = 200)
        private String displayName;
        @Email
        @Size(max = 200)
        private String email;
        private Long organisationId;
        private Set<String> roles = new LinkedHashSet<>();
        private boolean enabled = true;
        private long version;

        public String getDisplayName() {
            return displayName;
        }

        public void setDisplayName(String displayName) {
            this.displayName = displayName;
        }

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }

        public Long getOrganisationId() {
            return organisationId;
        }

        public void setOrganisationId(Long organisationId) {
            this.organisationId = organisationId;
        }

        public Set<String> getRoles() {
            return roles;
        }

        public void setRoles(Set<String> roles) {
            this.roles = roles == null ? new LinkedHashSet<>() : roles;
        }

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }
    }

    /** Creating a user: also the username and the first password. */
    public static class NewUserForm extends UserForm {
        @NotBlank
        @Size(max = 100)
        @Pattern(regexp = USERNAME)
        private String username;
        @NotBlank
        private String password;

        public String getUsername() {
            return username;
        }

        public void setUsername(String username) {
            this.username = username;
        }

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password;
        }
    }

    /** An administrator sets a new password for someone. */
    public static class ResetPasswordForm {
        @NotBlank
        private String newPassword;

        public String getNewPassword() {
            return newPassword;
        }

        public void setNewPassword(String newPassword) {
            this.newPassword = newPassword;
        }
    }

    /** Which permissions a role grants. */
    public static class RoleForm {
        private Set<Permission> permissions = new LinkedHashSet<>();
        private long version;

        public Set<Permission> getPermissions() {
            return permissions;
        }

        public void setPermissions(Set<Permission> permissions) {
            this.permissions = permissions == null ? new LinkedHashSet<>() : permissions;
        }

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }
    }

    /** The one-time setup of the first administrator. */
    public static class SetupForm {
        @NotBlank
        @Size(max = 100)
        @Pattern(regexp = USERNAME)
        private String username;
        @NotBlank
        @Size(max = 200)
        private String displayName;
        @Email
        @Size(max = 200)
        private String email;
        @NotBlank
        private String password;
        @NotBlank
        private String confirmPassword;

        public String getUsername() {
            return username;
        }

        public void setUsername(String username) {
            this.username = username;
        }

        public String getDisplayName() {
            return displayName;
        }

        public void setDisplayName(String displayName) {
            this.displayName = displayName;
        }

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password;
        }

        public String getConfirmPassword() {
            return confirmPassword;
        }

        public void setConfirmPassword(String confirmPassword) {
            this.confirmPassword = confirmPassword;
        }
    }
}
