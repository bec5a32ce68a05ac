package org.gradphoto.portal.photo.likeness;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReferencePhotoRepository extends JpaRepository<ReferencePhoto, Long> {

    Optional<ReferencePhoto> findByIdNumber(String idNumber);

    long countByScopeInstitution(Long institutionId);

    long countByScopeCity(String cityZh);
}
