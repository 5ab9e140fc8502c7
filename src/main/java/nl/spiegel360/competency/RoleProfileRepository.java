package nl.spiegel360.competency;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RoleProfileRepository extends JpaRepository<RoleProfile, Long> {

    @Query("select p from RoleProfile p order by p.name, p.revision desc")
    List<RoleProfile> findAllOrdered();

    @Query("select coalesce(max(p.revision), 0) from RoleProfile p where p.name = :name")
    int maxRevision(@Param("name") String name);

    /** A profile with its matrix, competencies, levels and indicators, in a few queries. */
    @Query("""
            select distinct p from RoleProfile p
            left join fetch p.entries e left join fetch e.competency
            where p.id = :id""")
    Optional<RoleProfile> findWithMatrix(@Param("id") long id);

    @Modifying
    @Query("""
            update ProfileEntry e set e.competency = :replacement
            where e.competency = :original and e.profile.frozen = false""")
    int repointUnfrozenEntries(@Param("original") Competency original, @Param("replacement") Competency replacement);

    @Query("select count(e) from ProfileEntry e where e.competency.id = :competencyId")
    long countUses(@Param("competencyId") long competencyId);
}
