package org.gradphoto.portal.collection;

import java.util.List;
import org.gradphoto.portal.institution.Institution;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CollectedPhotoRepository extends JpaRepository<CollectedPhoto, Long> {

    List<CollectedPhoto> findByOwnerAndStateOrderById(Institution owner, CollectedPhoto.State state);

    List<CollectedPhoto> findByOwnerAndStateAndIdNumber(Institution owner, CollectedPhoto.State state, String idNumber);
}
