package com.dangjian.samples;

import java.time.LocalDate;

/** The recruitment (发展党员) rows of the registry. */
public final class Recruitment {

    private Recruitment() {
    }

    public record Plan(String orgCode, int year, int planned) {
    }

    /** A candidate reaching a stage. Candidates who were admitted carry their member_id; others a C-number. */
    public record Event(String id, String candidateId, String orgCode, String stage, LocalDate stageOn) {
    }
}
