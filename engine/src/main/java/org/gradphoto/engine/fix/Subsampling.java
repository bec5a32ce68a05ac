package org.gradphoto.engine.fix;

import org.opencv.imgcodecs.Imgcodecs;

/** JPEG chroma subsampling: full colour resolution (4:4:4) or halved both ways (4:2:0, smaller files). */
public enum Subsampling {
    S444("4:4:4", Imgcodecs.IMWRITE_JPEG_SAMPLING_FACTOR_444),
    S420("4:2:0", Imgcodecs.IMWRITE_JPEG_SAMPLING_FACTOR_420);

    private final String label;
    private final int openCvFlag;

    Subsampling(String label, int openCvFlag) {
        this.label = label;
        this.openCvFlag = openCvFlag;
    }

    public String label() {
        return label;
    }

    int openCvFlag() {
        return openCvFlag;
    }
}
