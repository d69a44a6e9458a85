package be.clbchat.domain.box;

import be.clbchat.domain.chat.Coded;

/** Why a CLB opens a box. */
public enum BoxPurpose implements Coded {
    CRITICAL_INCIDENT("critical-incident", "Na een ingrijpende gebeurtenis"),
    INFECTIOUS_DISEASE("infectious-disease", "Infectieziekte"),
    INFORMATION("information", "Infomoment"),
    OTHER("other", "Iets anders");

    private final String code;
    private final String label;

    BoxPurpose(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }
}
