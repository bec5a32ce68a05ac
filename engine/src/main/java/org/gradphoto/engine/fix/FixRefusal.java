package org.gradphoto.engine.fix;

/**
 * Why a photo cannot be fixed, and what kind of new photo to take: things only a new photo fixes.
 */
public enum FixRefusal {
    UNREADABLE("照片文件无法读取。", "The photo file cannot be read.",
            "请提供 JPG 或 PNG 格式的原始照片。", "Provide the original photo as JPG or PNG."),
    TINY_PICTURE("图片只有几个像素大小，看不清人像。", "The picture is only a few pixels across: no person can be seen in it.",
            "请提供手机或相机拍摄的原始照片，不要用缩略图。", "Provide the original photo from the phone or camera, not a thumbnail."),
    NO_FACE("照片中没有检测到人脸。", "No face was found in the photo.",
            "请拍摄一张正面、五官清晰的本人照片。", "Take a photo of yourself facing the camera, face clearly visible."),
    SEVERAL_FACES("照片中有不止一个人。", "There is more than one person in the photo.",
            "请单独拍摄，画面中只能有本人。", "Take a photo of yourself alone."),
    NO_KEYPOINTS("无法定位脸部关键点（遮挡、模糊或角度不正）。", "The facial key points cannot be located (covered, blurred or at an angle).",
            "请正对镜头、不遮挡面部重新拍摄。", "Face the camera with nothing covering the face and take a new photo."),
    CROWN_CUT("头发触及照片上边沿，头顶不完整。", "The hair touches the top edge: the top of the head is cut off.",
            "请重新拍摄，头顶上方留出空间。", "Take a new photo with space above the head."),
    BODY_CUT("照片在肩部以上就被裁掉了，下方缺少的部分太多，无法补足。",
            "The photo is cut off above the shoulders: too much is missing below to be made up.",
            "请重新拍摄，拍入完整的头部和双肩。", "Take a new photo showing the whole head and both shoulders."),
    CHIN_CUT("下巴或脸的下部在照片之外。", "The chin or the lower face is outside the photo.",
            "请重新拍摄，拍入完整的头部和双肩。", "Take a new photo showing the whole head and both shoulders."),
    FACE_CUT("脸的一侧在照片之外。", "One side of the face is outside the photo.",
            "请重新拍摄，使人像位于画面中央。", "Take a new photo with yourself in the middle of the frame."),
    PROPORTIONS("头顶到眼睛的距离与脸宽不成比例（例如丸子头、高发髻或头饰），头顶、眼睛和脸宽无法同时符合要求。",
            "The distance from crown to eyes does not fit the face width (a bun, high hairstyle or head ornament): crown, eyes and face width cannot all fit.",
            "请将头发放下（不要丸子头、高发髻），摘下头饰后重新拍摄。", "Let the hair down (no bun or high hairstyle), remove head ornaments, and take a new photo."),
    TOO_SMALL("人像太小，需要放大超过 2 倍，会模糊。", "The face is so small that it would need more than 2x enlargement and would be blurred.",
            "请靠近镜头或用更高分辨率重新拍摄（脸部宽度至少约 100 像素）。", "Move closer or use a higher resolution (the face at least about 100 px wide)."),
    EYES_CLOSED("眼睛闭上或被遮挡。", "The eyes are closed or covered.",
            "请双眼自然睁开重新拍摄。", "Take a new photo with both eyes naturally open."),
    HEAD_TURNED("头部没有正对镜头（左右转动或上下倾斜）。", "The head does not face the camera (turned or tilted up/down).",
            "请正对镜头、平视前方重新拍摄。", "Face the camera, look straight ahead, and take a new photo."),
    MOUTH_OPEN("嘴巴张开或露齿。", "The mouth is open or shows teeth.",
            "请表情自然、嘴唇闭合重新拍摄。", "Take a new photo with a natural expression and closed lips."),
    BLURRED("照片模糊，对焦不准。", "The photo is blurred or out of focus.",
            "请对焦准确、保持稳定重新拍摄。", "Focus carefully, hold still, and take a new photo."),
    NOT_COLOUR("照片是黑白或褪色的，规范要求彩色照片。", "The photo is black-and-white or faded; a colour photo is required.",
            "请拍摄彩色照片。", "Take a colour photo."),
    HEADWEAR("戴着帽子或其他头部覆盖物。", "A hat or other head covering is worn.",
            "请摘下帽子、头巾等头部覆盖物后重新拍摄。", "Take off the hat, scarf or other head covering and take a new photo."),
    GLASSES("眼镜的镜片有颜色、反光，或镜框挡住了眼睛。", "The glasses are tinted or reflect light, or the frame covers the eyes.",
            "请摘下有色眼镜；如需戴眼镜，请避免镜片反光、镜框遮挡眼睛后重新拍摄。",
            "Take off tinted glasses; if you wear glasses, avoid reflections and frames over the eyes, and take a new photo."),
    HAIR("头发遮住了眼睛。", "Hair covers an eye.",
            "请将头发整理到眉毛以上、耳后，露出双眼后重新拍摄。", "Keep the hair above the eyebrows and behind the ears, eyes uncovered, and take a new photo."),
    JEWELLERY("佩戴了耳环、项链等饰品。", "Earrings, a necklace or other jewellery are worn.",
            "请摘下耳环、项链、发卡等饰品后重新拍摄。", "Take off earrings, necklaces, hair clips and other jewellery and take a new photo."),
    HEAD_TILTED("头部歪斜，双眼不在同一水平线（规范禁止旋转照片）。", "The head is tilted sideways (rotating the photo is forbidden).",
            "请端正头部重新拍摄。", "Hold your head straight and take a new photo.");

    private final String zh;
    private final String en;
    private final String retakeZh;
    private final String retakeEn;

    FixRefusal(String zh, String en, String retakeZh, String retakeEn) {
        this.zh = zh;
        this.en = en;
        this.retakeZh = retakeZh;
        this.retakeEn = retakeEn;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    /** What kind of new photo to take. */
    public String retakeZh() {
        return retakeZh;
    }

    public String retakeEn() {
        return retakeEn;
    }
}
