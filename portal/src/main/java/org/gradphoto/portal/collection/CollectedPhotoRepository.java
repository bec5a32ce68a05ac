package org.gradphoto.portal.collection;

import java.util.List;
import org.gradphoto.portal.account.Institution;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CollectedPhotoRepository extends JpaRepository<CollectedPhoto, Long> {

    List<CollectedPhoto> findByOwnerAndStateOrderById(Institution owner, CollectedPhoto.State state);

    List<CollectedPhoto> findByOwnerAndStateAndIdNumber(Institution owner, CollectedPhoto.State state, String idNumber);

    /** Whether these very bytes are already collected for this ID number (a studio zip imported again). */
    boolean existsByOwnerAndStateAndIdNumberAndFile_Sha256(Institution owner, CollectedPhoto.State state, String idNumber,
            String sha256);
}
