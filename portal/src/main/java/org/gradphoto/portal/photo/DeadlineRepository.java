package org.gradphoto.portal.photo;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DeadlineRepository extends JpaRepository<Deadline, String> {

    default UploadWindow uploadWindow() {
        return findById(Deadline.PHOTO_UPLOAD).map(d -> new UploadWindow(d.getClosesAt())).orElse(UploadWindow.ALWAYS_OPEN);
    }
}
