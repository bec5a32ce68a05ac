package org.gradphoto.portal.graduation.gradform;

import java.util.Optional;
import org.gradphoto.portal.graduation.GraduationApplication;
import org.springframework.data.jpa.repository.JpaRepository;

interface GraduateFormRepository extends JpaRepository<GraduateForm, Long> {

    Optional<GraduateForm> findByApplication(GraduationApplication application);
}
