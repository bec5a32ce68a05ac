package org.gradphoto.portal.photo;

import java.util.List;
import org.gradphoto.portal.account.Account;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PhotoUploadRepository extends JpaRepository<PhotoUpload, Long> {

    List<PhotoUpload> findByCandidateOrderByCreatedAtDesc(Account candidate);
}
