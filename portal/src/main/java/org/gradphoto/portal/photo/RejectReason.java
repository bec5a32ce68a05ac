package org.gradphoto.portal.photo;

/**
 * Why a reviewer rejects a photo: the four error kinds the exam office publishes (seed 002 附件4), one reason for
 * each group of the standard's rules, 非本人照片 (seed 002) and 其他. Each says what is wrong and what to do in the
 * words the candidate reads; the first four keep the names of the engine's categories, which rows already hold.
 */
public enum RejectReason {
    FILE_FORMAT("照片文件不规范", "Photo file not to specification",
            "请使用 JPG 格式、480×640 像素的照片，可使用页面上自动修正后的照片。",
            "Use a 480 x 640 JPG photo; the automatically fixed photo on the page will do."),
    FILE_SIZE("图片过大或过小", "File too large or too small",
            "照片文件大小须符合要求，可使用页面上自动修正后的照片。",
            "The file size must be within the limits; the automatically fixed photo on the page will do."),
    KEYPOINTS("没有检测到脸部关键点", "No facial key points detected",
            "请上传本人正面免冠、面部清楚完整的照片。",
            "Upload a frontal photo of yourself without a hat, the whole face clearly visible."),
    EYES("双眼需水平/眼睛过高或过低", "Eyes not level / too high or too low",
            "请保持头部端正、双眼平视，头部在照片中的位置和大小须符合要求。",
            "Keep the head upright and look straight ahead; the head's place and size must be as required."),
    BACKGROUND("背景不符合要求", "Background not as required",
            "请在白色或浅蓝色的纯色背景前拍摄，背景上不能有阴影、其他人或物品。",
            "Take the photo in front of a plain white or light-blue background without shadows, people or objects."),
    HEADWEAR_JEWELLERY("帽子/饰品", "Hat or jewellery",
            "请摘下帽子、头饰、耳环、项链等饰品后重新拍摄。",
            "Take off the hat, hair ornaments, earrings and necklaces and take the photo again."),
    GLASSES("眼镜不符合要求", "Glasses not as required",
            "不得戴有色眼镜；戴框架眼镜时镜框不能遮挡眼睛，镜片不能反光。",
            "No tinted glasses; frames must not cover the eyes and the lenses must not reflect light."),
    HAIR("头发遮挡", "Hair covering the face",
            "头发不得遮挡眉毛、眼睛和耳朵，请整理头发后重新拍摄。",
            "Hair must not cover the eyebrows, eyes or ears; tidy it and take the photo again."),
    CLOTHING("衣着不符合要求", "Clothing not as required",
            "请穿颜色与背景明显不同的日常服装，不穿制服，肩膀须照全。",
            "Wear everyday clothes clearly different from the background, no uniform, both shoulders in the photo."),
    EXPRESSION("表情或姿态不符合要求", "Expression or posture not as required",
            "请正对镜头、双眼自然睁开、嘴巴自然闭合，不要歪头或侧身。",
            "Face the camera, eyes naturally open, mouth closed, head and body not turned or tilted."),
    IMAGE_QUALITY("照片不清晰或光线不均", "Photo blurred or unevenly lit",
            "请在光线均匀处拍摄清晰的彩色照片，面部不能过亮、过暗或有明显阴影。",
            "Take a sharp colour photo in even light; the face must not be too bright, too dark or shadowed."),
    EDITED("照片经过修改或添加了内容", "Photo edited or with added content",
            "请上传未经美颜、修图的原始照片，不得添加边框、文字或图案。",
            "Upload an unretouched photo without beauty filters, borders, text or patterns."),
    NOT_RECENT("不是近期照片", "Not a recent photo",
            "请上传近期拍摄的照片。",
            "Upload a recently taken photo."),
    NOT_THE_PERSON("非本人照片", "Not the candidate's own photo",
            "请上传本人的照片。",
            "Upload a photo of yourself."),
    OTHER("其他", "Other",
            "请按审核意见修改后重新上传。",
            "Change the photo as the reviewer says and upload it again.");

    private final String zh;
    private final String en;
    private final String todoZh;
    private final String todoEn;

    RejectReason(String zh, String en, String todoZh, String todoEn) {
        this.zh = zh;
        this.en = en;
        this.todoZh = todoZh;
        this.todoEn = todoEn;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    /** What the candidate does about it, in Chinese. */
    public String todoZh() {
        return todoZh;
    }

    public String todoEn() {
        return todoEn;
    }

    /** The reason a failed rule of the standard suggests (by its id's group), 其他 for any other. */
    public static RejectReason suggestedBy(String ruleId) {
        if (ruleId == null) {
            return OTHER;
        }
        return switch (ruleId) {
            case "FILE_SIZE" -> FILE_SIZE;
            case "FACE_FOUND" -> KEYPOINTS;
            case "GEOM_SHOULDERS", "BG_CLOTHING_CONTRAST" -> CLOTHING;
            case "IMG_NO_BORDER", "IMG_NO_TEXT", "META_EDITED" -> EDITED;
            case "ACC_GLASSES" -> GLASSES;
            case "ACC_HAIR" -> HAIR;
            case "ACC_HEADWEAR", "ACC_JEWELLERY" -> HEADWEAR_JEWELLERY;
            case "META_RECENT" -> NOT_RECENT;
            case "FACE_SAME_PERSON" -> NOT_THE_PERSON;
            default -> ruleId.startsWith("FILE_") ? FILE_FORMAT : ruleId.startsWith("GEOM_") ? EYES
                    : ruleId.startsWith("POSE_") || ruleId.startsWith("EXPR_") ? EXPRESSION
                    : ruleId.startsWith("BG_") ? BACKGROUND : ruleId.startsWith("IMG_") ? IMAGE_QUALITY : OTHER;
        };
    }

    /** Only 其他 needs the reviewer's own sentence; every other reason says enough by itself. */
    public boolean needsText() {
        return this == OTHER;
    }
}
