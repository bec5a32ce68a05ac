package org.gradphoto.cli;

/** The language of human output: Chinese by default, English on request. */
public enum Lang {
    zh, en;

    public String pick(String zh, String en) {
        return this == Lang.zh ? zh : en;
    }
}
