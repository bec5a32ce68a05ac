package org.gradphoto.portal.print;

/** One photo of a sheet of prints (template pdf/photo-sheet): the JPEG as a data URI and what is printed below it. */
public record PhotoPrint(String jpeg, String idNumber, String name) {

    public static PhotoPrint of(byte[] jpeg, String idNumber, String name) {
        return new PhotoPrint("data:image/jpeg;base64," + java.util.Base64.getEncoder().encodeToString(jpeg), idNumber, name);
    }
}
