package com.dangjian.samples;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole sample department: organisations, members and their lives, transfers and recruitment, as one model
 * every source writer reads from. Built once, deterministically, from (scale, seed, history).
 */
public final class Department {

    final long seed;
    final Scale scale;
    final History history;
    final List<Org> orgs = new ArrayList<>();
    final List<Member> members = new ArrayList<>();
    final List<Transfer> transfers = new ArrayList<>();
    final List<Recruitment.Plan> plans = new ArrayList<>();
    final List<Recruitment.Event> events = new ArrayList<>();
    final Map<String, Org> byCode = new HashMap<>();
    final Map<String, Member> byId = new HashMap<>();

    Department(long seed, Scale scale, History history) {
        this.seed = seed;
        this.scale = scale;
        this.history = history;
    }

    public static Department build(Scale scale, long seed, History history) {
        return new DepartmentBuilder(new Department(seed, scale, history)).build();
    }

    public List<Org> orgs() {
        return orgs;
    }

    public List<Member> members() {
        return members;
    }

    public History history() {
        return history;
    }

    List<Org> branches() {
        return orgs.stream().filter(Org::isBranch).toList();
    }

    /** Members of {@code branch} on {@code day} (joined, not left, not transferred out), in order of arrival. */
    List<Member> membersOn(Org branch, int day) {
        List<Member> out = new ArrayList<>();
        for (int i : branch.everMembers) {
            Member m = members.get(i);
            if (m.orgOn(day) == branch.index) {
                out.add(m);
            }
        }
        return out;
    }

    int fullMembersOn(Org branch, LocalDate day) {
        int n = 0;
        for (Member m : membersOn(branch, Member.day(day))) {
            if (m.isFullOn(day)) {
                n++;
            }
        }
        return n;
    }

    /** The registry keeps "last changed" per row; without a change in the window, the day the system was loaded. */
    LocalDateTime updatedAt(LocalDate lastChange, long salt) {
        LocalDate loaded = history.start().minusDays(45);
        LocalDate day = lastChange == null || lastChange.isBefore(loaded) ? loaded : lastChange;
        if (day.isAfter(history.asOf())) {
            day = history.asOf();
        }
        return day.atTime(17, 0).plusMinutes(Rng.below(seed, Rng.ORGS, salt, 7, 180));
    }

    /** An org code the registry does not know: same shape as real ones. */
    String unknownOrgCode(int n) {
        String code;
        int k = n;
        do {
            code = orgs.get(0).code + "-B9" + String.format("%02d", k++ % 100);
        } while (byCode.containsKey(code));
        return code;
    }

    String unknownMemberId(int n) {
        String id;
        int k = n;
        do {
            id = String.format("P9%06d", k++ % 1_000_000);
        } while (byId.containsKey(id));
        return id;
    }
}
