package nl.spiegel360.report;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CalibrationRepository extends JpaRepository<Calibration, Long> {

    List<Calibration> findByReviewId(long reviewId);

    List<Calibration> findByReviewIdIn(Collection<Long> reviewIds);

    Optional<Calibration> findByReviewIdAndCompetencyId(long reviewId, long competencyId);

    @org.springframework.data.jpa.repository.Modifying
    @org.springframework.data.jpa.repository.Query("delete from Calibration c where c.reviewId in :ids")
    void deleteForReviews(@org.springframework.data.repository.query.Param("ids") Collection<Long> reviewIds);
}
