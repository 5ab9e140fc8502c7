package nl.spiegel360.people;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PersonRepository extends JpaRepository<Person, Long> {

    /** The lookup of every sign-in: by lower(email), which PostgreSQL's unique index on lower(email) serves. */
    @Query("select p from Person p where lower(p.email) = lower(:email)")
    Optional<Person> findByEmailIgnoreCase(@Param("email") String email);

    @Query("select count(p) > 0 from Person p where lower(p.email) = lower(:email)")
    boolean existsByEmailIgnoreCase(@Param("email") String email);

    boolean existsByManagerIdAndActiveTrue(long managerId);

    @Query("select p from Person p where p.oidcIssuer = :issuer and p.oidcSubject = :subject")
    Optional<Person> findByIdentity(@Param("issuer") String issuer, @Param("subject") String subject);

    /** Who HR's search finds: the filter (in lower case) in name, e-mail, team or job title; all when empty. */
    String MATCHES_FILTER = """
            where (:filter = '' or lower(p.name) like concat('%', :filter, '%')
                   or lower(p.email) like concat('%', :filter, '%')
                   or lower(coalesce(p.team, '')) like concat('%', :filter, '%')
                   or lower(coalesce(p.jobTitle, '')) like concat('%', :filter, '%'))
            """;

    @Query("select p from Person p left join fetch p.manager " + MATCHES_FILTER + " order by p.name, p.id")
    List<Person> search(@Param("filter") String lowerCaseFilter, Pageable page);

    @Query("select count(p) from Person p " + MATCHES_FILTER)
    long countSearch(@Param("filter") String lowerCaseFilter);

    @Query("select p from Person p where p.active = true order by p.name")
    List<Person> findAllActive();

    @Query("select p from Person p where p.manager.id = :managerId order by p.name")
    List<Person> findReports(@Param("managerId") long managerId);

    @Query("select p from Person p where p.team = :team and p.active = true order by p.name")
    List<Person> findActiveInTeam(@Param("team") String team);

    @org.springframework.data.jpa.repository.Modifying
    @Query("update Person p set p.roleProfileId = :profileId where p.id in :ids")
    int assignRoleProfile(@Param("ids") java.util.Collection<Long> ids, @Param("profileId") long profileId);

    @org.springframework.data.jpa.repository.Modifying
    @Query("update Person p set p.roleProfileId = :replacement where p.roleProfileId = :original")
    int replaceRoleProfile(@Param("original") long original, @Param("replacement") long replacement);

    @Query("select distinct p.team from Person p where p.team is not null order by p.team")
    List<String> findTeams();

    long countByRoleProfileId(Long roleProfileId);

    long countByActiveTrue();

    /** Who provisioning sees: everyone but the erased, filtered by e-mail or external id where given. */
    String PROVISIONED = "where p.email not like '%" + Person.ERASED_DOMAIN + "'" + """

              and (:email = '' or lower(p.email) = :email)
              and (:externalId = '' or p.externalId = :externalId)
            """;

    @Query("select p from Person p left join fetch p.manager " + PROVISIONED + " order by p.id")
    List<Person> findProvisioned(@Param("email") String lowerCaseEmail, @Param("externalId") String externalId,
            Pageable page);

    @Query("select count(p) from Person p " + PROVISIONED)
    long countProvisioned(@Param("email") String lowerCaseEmail, @Param("externalId") String externalId);
}
