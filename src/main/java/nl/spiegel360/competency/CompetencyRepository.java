package nl.spiegel360.competency;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CompetencyRepository extends JpaRepository<Competency, Long> {

    /** The newest revision of every competency of the library, filtered by label or cluster. */
    @Query("""
            select c from Competency c
            where c.revision = (select max(c2.revision) from Competency c2 where c2.code = c.code)
              and (:filter = '' or lower(c.label) like concat('%', :filter, '%')
                   or lower(c.cluster) like concat('%', :filter, '%'))
            order by c.label""")
    List<Competency> findLatest(@Param("filter") String lowerCaseFilter);

    @Query("select coalesce(max(c.revision), 0) from Competency c where c.code = :code")
    int maxRevision(@Param("code") String code);

    boolean existsByCode(String code);
}
