package nl.spiegel360.report;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ReviewResultRepository extends JpaRepository<ReviewResult, Long> {

    List<ReviewResult> findByReviewIdIn(Collection<Long> reviewIds);

    boolean existsByReviewIdIn(Collection<Long> reviewIds);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from ReviewResult r where r.reviewId in :ids")
    void deleteForReviews(@Param("ids") Collection<Long> reviewIds);
}
