package nl.spiegel360.report;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ResultCommentRepository extends JpaRepository<ResultComment, Long> {

    @Query("select c from ResultComment c where c.reviewId = :reviewId order by c.competencyId, c.position")
    List<ResultComment> findByReview(@Param("reviewId") long reviewId);

    @Query("select c from ResultComment c where c.reviewId in :ids order by c.reviewId, c.competencyId, c.position")
    List<ResultComment> findByReviews(@Param("ids") Collection<Long> reviewIds);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from ResultComment c where c.reviewId in :ids")
    void deleteForReviews(@Param("ids") Collection<Long> reviewIds);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update ResultComment c set c.authorId = null where c.authorId = :person")
    void forgetAuthor(@Param("person") long personId);
}
