package org.gradphoto.portal.photo;

import java.util.Optional;
import org.gradphoto.engine.face.FaceEmbedding;
import org.gradphoto.portal.files.StoredFile;

/**
 * The reference photos kept for people by ID number (an admission photo, an ID-card photo), which a new photo is
 * compared with. Provided by the likeness module, so that the photo module need not know how they are imported.
 */
public interface ReferenceFaces {

    /** The face of the reference photo for that ID number, if one was imported. */
    Optional<FaceEmbedding> faceOf(String idNumber);

    /** The reference picture itself, for a reviewer to compare by eye. */
    Optional<StoredFile> fileOf(String idNumber);
}
