package org.gradphoto.portal.notice;

import java.time.Instant;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface NoticeRepository extends JpaRepository<Notice, Long> {

    /** Shown now to this reader, newest first. */
    @Query("""
            select n from Notice n where n.withdrawn = false and n.publishAt <= :now
              and (n.expireAt is null or n.expireAt > :now)
              and (n.audienceId is null or :all = true or n.audienceId = :institution or n.authorId = :account)
            order by n.publishAt desc, n.id desc""")
    Page<Notice> shown(@Param("now") Instant now, @Param("institution") Long institutionId, @Param("account") Long accountId,
            @Param("all") boolean all, Pageable page);

    /** What one publisher wrote, newest first, whatever its state. */
    Page<Notice> findByAuthorIdOrderByCreatedAtDescIdDesc(Long authorId, Pageable page);

    Page<Notice> findAllByOrderByCreatedAtDescIdDesc(Pageable page);

    /** One more reading, counted in the database so that readers at the same moment are all counted. */
    @Modifying
    @Query("update Notice n set n.views = n.views + 1 where n.id = :id")
    void countView(@Param("id") Long id);
}
