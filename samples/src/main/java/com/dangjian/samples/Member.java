package com.dangjian.samples;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * One party member's life in the sample: admission, conversion, the branches and groups belonged to and when,
 * retirement, leaving, and the habits that drive study, attendance and dues. Days are epoch days so the
 * hot loops (study rows for every member every day) compare ints.
 */
public final class Member {

    /** Belonging to one branch (and group, -1 for none) from day {@code from} (inclusive) to {@code to} (exclusive). */
    record Stint(int org, int group, int from, int to) {
    }

    static final int OPEN = Integer.MAX_VALUE;

    /** Position in {@link Department#members}; members are numbered once their lives are known. */
    int index;
    String id;
    final String name;
    final String idCardNo;
    final char gender;
    final LocalDate birthDate;
    final LocalDate joinedOn;
    /** Planned conversion to full member; null = never converted (an overdue probation). May lie after as-of. */
    final LocalDate fullDue;
    /** Retirement day, null when retired before the history or still employed. */
    LocalDate retiredOn;
    final boolean retiredAtStart;
    final int salary;
    final boolean cameFromOutside;
    final List<Stint> stints = new ArrayList<>();
    LocalDate leftOn;
    final double engagement;
    /** 0 pays each month, 1 pays a quarter at once in its last month, 2 pays in the following month. */
    final int payStyle;
    /** A stretch of unpaid dues (month indices, inclusive) settled in {@code arrearsSettle} (may be after the history). */
    int arrearsFrom = -1, arrearsTo = -1, arrearsSettle = -1;
    /** A stretch of months away from all meetings (ABSENCE_6M), month indices inclusive. */
    int absentFrom = -1, absentTo = -1;

    Member(int index, String name, String idCardNo, char gender, LocalDate birthDate, LocalDate joinedOn, LocalDate fullDue,
           boolean retiredAtStart, int salary, boolean cameFromOutside, double engagement, int payStyle) {
        this.index = index;
        this.name = name;
        this.idCardNo = idCardNo;
        this.gender = gender;
        this.birthDate = birthDate;
        this.joinedOn = joinedOn;
        this.fullDue = fullDue;
        this.retiredAtStart = retiredAtStart;
        this.salary = salary;
        this.cameFromOutside = cameFromOutside;
        this.engagement = engagement;
        this.payStyle = payStyle;
    }

    public String id() {
        return id;
    }

    /** The branch on {@code day} (org index), or -1 when not a member of any. */
    int orgOn(int day) {
        for (Stint s : stints) {
            if (s.from <= day && day < s.to) {
                return s.org;
            }
        }
        return -1;
    }

    int groupOn(int day) {
        for (Stint s : stints) {
            if (s.from <= day && day < s.to) {
                return s.group;
            }
        }
        return -1;
    }

    boolean isFullOn(LocalDate day) {
        return fullDue != null && !fullDue.isAfter(day);
    }

    boolean isRetiredOn(LocalDate day) {
        return retiredAtStart || (retiredOn != null && !retiredOn.isAfter(day));
    }

    Stint last() {
        return stints.get(stints.size() - 1);
    }

    /** Dues status of a month: true when the month falls into the member's unpaid stretch. */
    boolean inArrears(int monthIndex) {
        return arrearsFrom >= 0 && monthIndex >= arrearsFrom && monthIndex <= arrearsTo;
    }

    boolean absentIn(int monthIndex) {
        return absentFrom >= 0 && monthIndex >= absentFrom && monthIndex <= absentTo;
    }

    /** The registry's view on {@code day}. */
    String statusOn(LocalDate day) {
        if (leftOn != null && !leftOn.isAfter(day)) {
            return "LEFT";
        }
        return isFullOn(day) ? "FULL" : "PROBATIONARY";
    }

    static int day(LocalDate d) {
        return (int) d.toEpochDay();
    }

    static int day(YearMonth m, boolean end) {
        return (int) (end ? m.atEndOfMonth() : m.atDay(1)).toEpochDay();
    }
}
