package com.dangjian.samples;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Members and their lives, in order: the party groups and the members each branch starts the history with, their
 * life events, admissions and arrivals ({@link Admissions}), moves and leaving ({@link MemberMoves}); then
 * numbering, secretaries and group leaders, dues arrears and absences, the transfer history and recruitment.
 */
final class MemberLives {

    private final Department d;
    private final History h;
    private final long seed;
    private final Admissions admissions;
    private final MemberMoves moves;
    /** The members each branch starts with, by branch index (a founded branch: the ones split off to it). */
    private final Map<Integer, List<Member>> initial = new HashMap<>();

    MemberLives(Department d) {
        this.d = d;
        this.h = d.history;
        this.seed = d.seed;
        this.admissions = new Admissions(d);
        this.moves = new MemberMoves(d);
    }

    void build() {
        List<Org> branches = d.branches();
        for (Org b : branches) {
            groups(b);
            List<Member> first = new ArrayList<>();
            for (int j = 0; j < b.initialSize; j++) {
                first.add(admissions.initialMember(b, j));
            }
            initial.put(b.index, first);
        }
        List<Member> newcomers = lives(branches);
        number(newcomers);
        everMembers();
        secretaries(branches);
        habits();
        moves.transfers();
        new RecruitmentBuilder(d).build();
    }

    /** The starting members' life events, then newcomers, dissolved branches and founded ones; returns the newcomers. */
    private List<Member> lives(List<Org> branches) {
        for (Org b : branches) {
            for (int j = 8; j < initial.get(b.index).size(); j++) {
                moves.events(initial.get(b.index).get(j), b);
            }
        }
        List<Member> newcomers = new ArrayList<>();
        for (Org b : branches) {
            newcomers.addAll(admissions.newcomers(b));
        }
        for (Org b : branches) {
            if (b.dissolvedOn != null) {
                moves.dissolve(b, admissions.all());
            }
        }
        for (Org b : branches) {
            if (b.profile == Profile.FOUNDED_MID_YEAR) {
                List<Member> moved = moves.found(b, initial);
                if (moved != null) {
                    initial.put(b.index, moved);
                }
            }
        }
        return newcomers;
    }

    /** Starting members first in the order created (ids follow seniority), then newcomers by arrival. */
    private void number(List<Member> newcomers) {
        newcomers.sort(Comparator.comparingInt((Member m) -> m.stints.get(0).from()).thenComparingInt(m -> m.index));
        int n = 0;
        for (Member m : admissions.all()) {
            if (admissions.isInitial(m)) {
                number(m, n++);
            }
        }
        for (Member m : newcomers) {
            number(m, n++);
        }
        d.members.sort(Comparator.comparingInt(m -> m.index));
    }

    private void number(Member m, int n) {
        m.index = n;
        m.id = String.format("P%07d", n + 1);
        d.members.add(m);
        d.byId.put(m.id, m);
    }

    /** Each branch's members ever, in the order they came. */
    private void everMembers() {
        for (Member m : d.members) {
            int last = -1;
            for (Member.Stint s : m.stints) {
                if (s.org() != last) {
                    Org o = d.orgs.get(s.org());
                    if (!o.everMembers.contains(m.index)) {
                        o.everMembers.add(m.index);
                    }
                    last = s.org();
                }
            }
        }
    }

    private void groups(Org b) {
        // larger branches often split into party groups (党小组); not all of them do
        if (b.initialSize < 16 || b.profile == Profile.FOUNDED_MID_YEAR || Rng.unit(seed, Rng.ORGS, b.index, 77) >= 0.7) {
            return;
        }
        int n = Math.max(2, Math.min(5, b.initialSize / 8));
        for (int g = 0; g < n; g++) {
            // leaders are the branch's first members (never moved away): member j leads group j % n
            b.groups.add(new Org.PartyGroup(g, b.code + "-G" + (g + 1), "第" + DepartmentBuilder.NUMERALS[g] + "党小组", null));
        }
    }

    private void secretaries(List<Org> branches) {
        for (Org b : branches) {
            List<Member> first = initial.get(b.index);
            if (first != null && !first.isEmpty()) {
                b.secretaryId = first.get(0).id;
                for (Org.PartyGroup g : List.copyOf(b.groups)) {
                    int j = g.index() == 0 ? b.groups.size() : g.index();
                    String leader = j < first.size() ? first.get(j).id : first.get(0).id;
                    b.groups.set(g.index(), new Org.PartyGroup(g.index(), g.code(), g.name(), leader));
                }
            }
        }
        for (Org o : d.orgs) {
            if (!o.isBranch()) {
                Org branch = firstBranchUnder(o);
                List<Member> first = branch == null ? null : initial.get(branch.index);
                if (first != null && first.size() > 2) {
                    o.secretaryId = first.get(2).id;
                }
            }
        }
    }

    private Org firstBranchUnder(Org o) {
        for (Org b : d.orgs) {
            if (b.isBranch() && b.dissolvedOn == null && b.profile != Profile.FOUNDED_MID_YEAR && b.initialSize > 2) {
                for (Org p = b; p != null; p = p.parentCode == null ? null : d.byCode.get(p.parentCode)) {
                    if (p == o) {
                        return b;
                    }
                }
            }
        }
        return null;
    }

    /** Unpaid stretches (chronic in CHRONIC_ARREARS branches) and long absences from meetings. */
    private void habits() {
        int months = h.months();
        for (Member m : d.members) {
            if (isBranchOfficer(m)) {
                continue;
            }
            Org first = d.orgs.get(m.stints.get(0).org());
            SplittableRandom r = Rng.stream(seed, Rng.DUES, m.index);
            if (months >= 8 && r.nextDouble() < first.profile.arrearsShare()) {
                m.arrearsFrom = r.nextInt(Math.max(1, months - 7));
                m.arrearsTo = Math.min(months - 1, m.arrearsFrom + 5 + r.nextInt(6));
                m.arrearsSettle = m.arrearsTo + 1 + r.nextInt(3);
            }
            double absence = first.profile == Profile.LAX ? 0.06 : first.profile == Profile.DECLINING ? 0.03 : 0.012;
            if (months >= 8 && r.nextDouble() < absence) {
                m.absentFrom = r.nextInt(Math.max(1, months - 7));
                m.absentTo = m.absentFrom + 5 + r.nextInt(4);
            }
        }
    }

    private boolean isBranchOfficer(Member m) {
        Org o = d.orgs.get(m.stints.get(0).org());
        if (m.id.equals(o.secretaryId)) {
            return true;
        }
        for (Org.PartyGroup g : o.groups) {
            if (m.id.equals(g.leaderId())) {
                return true;
            }
        }
        return false;
    }
}
