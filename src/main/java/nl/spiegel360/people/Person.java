package nl.spiegel360.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import nl.spiegel360.base.StoredId;
import org.jspecify.annotations.Nullable;

/** A person in the organisation, with the account they sign in with. */
@Entity
@Table(name = "person")
class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_seq")
    @SequenceGenerator(name = "person_seq", sequenceName = "person_seq", allocationSize = 50)
    private @Nullable Long id;

    @Version
    private long version;

    @Column(nullable = false, length = PersonLimits.NAME_MAX)
    private String name;

    @Column(nullable = false, unique = true, length = PersonLimits.EMAIL_MAX)
    private String email;

    @Column(name = "job_title", length = PersonLimits.JOB_TITLE_MAX)
    private @Nullable String jobTitle;

    @Column(length = PersonLimits.TEAM_MAX)
    private @Nullable String team;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "manager_id")
    private @Nullable Person manager;

    @Column(name = "role_profile_id")
    private @Nullable Long roleProfileId;

    @Column(name = "password_hash")
    private @Nullable String passwordHash;

    @Column(nullable = false)
    private boolean hr;

    @Column(nullable = false)
    private boolean active = true;

    @Column(length = 10)
    private @Nullable String locale;

    /** The OpenID provider and subject this person signs on with, once matched. */
    @Column(name = "oidc_issuer", length = 500)
    private @Nullable String oidcIssuer;

    @Column(name = "oidc_subject", length = 255)
    private @Nullable String oidcSubject;

    /** The identifier the organisation's provisioning gives this person. */
    @Column(name = "external_id", length = 255)
    private @Nullable String externalId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Person() {
        this.name = "";
        this.email = "";
        this.createdAt = Instant.EPOCH;
    }

    Person(String name, String email, Instant createdAt) {
        this.name = name;
        this.email = email;
        this.createdAt = createdAt;
    }

    long getId() { return StoredId.of(id); }
    long getVersion() { return version; }
    String getName() { return name; }
    void setName(String name) { this.name = name; }
    String getEmail() { return email; }

    /** The address an erased person's record keeps: no one's, in the domain reserved as invalid. */
    static String erasedEmail(long id) {
        return "erased-" + id + ERASED_DOMAIN;
    }

    /** The ending of every erased person's address; queries that leave the erased out match it. */
    static final String ERASED_DOMAIN = "@invalid";

    boolean isErased() {
        return isErasedAddress(email);
    }

    /** Whether an address is an erased person's: the one test of erasure, for entities and directory entries. */
    static boolean isErasedAddress(String email) {
        return email.endsWith(ERASED_DOMAIN);
    }
    void setEmail(String email) { this.email = email; }
    @Nullable String getJobTitle() { return jobTitle; }
    void setJobTitle(@Nullable String jobTitle) { this.jobTitle = jobTitle; }
    @Nullable String getTeam() { return team; }
    void setTeam(@Nullable String team) { this.team = team; }
    @Nullable Person getManager() { return manager; }
    void setManager(@Nullable Person manager) { this.manager = manager; }
    @Nullable Long getRoleProfileId() { return roleProfileId; }
    void setRoleProfileId(@Nullable Long roleProfileId) { this.roleProfileId = roleProfileId; }
    @Nullable String getPasswordHash() { return passwordHash; }
    void setPasswordHash(@Nullable String passwordHash) { this.passwordHash = passwordHash; }
    boolean isHr() { return hr; }
    void setHr(boolean hr) { this.hr = hr; }
    boolean isActive() { return active; }
    void setActive(boolean active) { this.active = active; }
    @Nullable String getOidcIssuer() { return oidcIssuer; }
    @Nullable String getOidcSubject() { return oidcSubject; }

    void linkIdentity(String issuer, String subject) {
        this.oidcIssuer = issuer;
        this.oidcSubject = subject;
    }

    /** Forgets how the person signs on and is provisioned (erasure). */
    void clearIdentity() {
        this.oidcIssuer = null;
        this.oidcSubject = null;
        this.externalId = null;
    }

    @Nullable String getExternalId() { return externalId; }
    void setExternalId(@Nullable String externalId) { this.externalId = externalId; }
    Instant getCreatedAt() { return createdAt; }
    @Nullable String getLocale() { return locale; }
    void setLocale(@Nullable String locale) { this.locale = locale; }
}
