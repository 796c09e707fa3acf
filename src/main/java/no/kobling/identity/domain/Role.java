package no.kobling.identity.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import no.kobling.identity.Permission;

/** A named set of permissions. Built-in roles come from a migration; administrators change their permissions. */
@Entity
@Table(name = "identity_role")
public class Role {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false)
    private boolean builtin;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "identity_role_permission", joinColumns = @JoinColumn(name = "role_id"))
    @Column(name = "permission")
    @Enumerated(EnumType.STRING)
    private Set<Permission> permissions = new HashSet<>();

    @Version
    private long version;

    protected Role() {
    }

    public Role(String code, Set<Permission> permissions) {
        this.code = Objects.requireNonNull(code);
        this.permissions = new HashSet<>(permissions);
    }

    public void changePermissions(Set<Permission> newPermissions) {
        this.permissions = newPermissions.isEmpty() ? new HashSet<>() : new HashSet<>(EnumSet.copyOf(newPermissions));
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public boolean isBuiltin() {
        return builtin;
    }

    public Set<Permission> getPermissions() {
        return Set.copyOf(permissions);
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Role r && id != null && id.equals(r.id);
    }

    @Override
    public int hashCode() {
        return Role.class.hashCode();
    }
}
