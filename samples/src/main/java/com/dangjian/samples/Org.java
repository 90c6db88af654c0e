package com.dangjian.samples;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One party organisation of the sample (a row of {@code org_unit}) with the profile it behaves by. Built in two
 * steps: the tree first, then members; the secretary is known only after the second, hence the one mutable field.
 */
public final class Org {
    public static final String COMMITTEE = "COMMITTEE", GENERAL_BRANCH = "GENERAL_BRANCH", BRANCH = "BRANCH";

    final int index;
    final String code;
    final String name;
    final String type;
    final String parentCode;
    final String department;
    final String category;
    final String region;
    final LocalDate establishedOn;
    final LocalDate dissolvedOn;
    final LocalDate electedOn;
    final int termYears;
    final Profile profile;
    final boolean small;
    final List<PartyGroup> groups = new ArrayList<>();
    /** Members ever in this branch, in the order they came (indices into {@link Department#members}). */
    final List<Integer> everMembers = new ArrayList<>();
    String secretaryId;
    /** Which organ (index into {@link Scale#organs()}) and how many members a branch starts the history with. */
    int organ;
    int initialSize;

    Org(int index, String code, String name, String type, String parentCode, String department, String category,
        String region, LocalDate establishedOn, LocalDate dissolvedOn, LocalDate electedOn, int termYears,
        Profile profile, boolean small) {
        this.index = index;
        this.code = code;
        this.name = name;
        this.type = type;
        this.parentCode = parentCode;
        this.department = department;
        this.category = category;
        this.region = region;
        this.establishedOn = establishedOn;
        this.dissolvedOn = dissolvedOn;
        this.electedOn = electedOn;
        this.termYears = termYears;
        this.profile = profile;
        this.small = small;
    }

    public String code() {
        return code;
    }

    public String type() {
        return type;
    }

    public Profile profile() {
        return profile;
    }

    public String category() {
        return category;
    }

    public String region() {
        return region;
    }

    public LocalDate dissolvedOn() {
        return dissolvedOn;
    }

    public LocalDate establishedOn() {
        return establishedOn;
    }

    boolean isBranch() {
        return BRANCH.equals(type);
    }

    /** Exists on {@code day}: established on or before it and not dissolved on or before it. */
    boolean existsOn(LocalDate day) {
        return !establishedOn.isAfter(day) && (dissolvedOn == null || dissolvedOn.isAfter(day));
    }

    /** A party group (党小组) of a branch. */
    public record PartyGroup(int index, String code, String name, String leaderId) {
    }
}
