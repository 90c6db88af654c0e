package com.dangjian.samples;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * How members move and leave: retirement (and often a move to a retiree branch), transfers between branches,
 * leaving, the dissolved branch's members moving on and the new branch filling; then the member_transfer rows
 * all of that makes.
 */
final class MemberMoves {

    private final Department d;
    private final long seed;
    private final int start;
    private final int end;
    private final double years;

    MemberMoves(Department d) {
        this.d = d;
        this.seed = d.seed;
        this.start = Member.day(d.history.start());
        this.end = Member.day(d.history.asOf());
        this.years = d.history.months() / 12.0;
    }

    /** Retirement (and often a move to a retiree branch), a transfer, leaving: in date order, stopping at leaving. */
    void events(Member m, Org b) {
        SplittableRandom r = Rng.stream(seed, Rng.LIVES, m.index);
        int limit = b.dissolvedOn == null ? end : Math.min(end, Member.day(b.dissolvedOn) - 1);
        int leave = -1;
        int transfer = -1;
        int retire = -1;
        if (!m.retiredAtStart) {
            LocalDate at = m.birthDate.plusYears(m.gender == 'M' ? 60 : 55);
            if (Member.day(at) > start && Member.day(at) <= end) {
                retire = Member.day(at);
            }
        }
        if (r.nextDouble() < (m.retiredAtStart ? 0.03 : 0.011) * years) {
            leave = start + r.nextInt(limit - start + 1);
        }
        if (r.nextDouble() < 0.035 * years) {
            transfer = start + r.nextInt(limit - start + 1);
        }
        if (retire > 0) {
            m.retiredOn = LocalDate.ofEpochDay(retire);
            if (r.nextDouble() < 0.5) {
                int moveOn = Member.day(YearMonth.from(m.retiredOn).plusMonths(1).atDay(1));
                if (moveOn <= limit && (leave < 0 || moveOn < leave) && (transfer < 0 || moveOn < transfer)) {
                    Org to = target(b, moveOn, true, r);
                    if (to != null) {
                        move(m, to, moveOn);
                    }
                }
            }
        }
        if (transfer > 0 && (leave < 0 || transfer < leave) && transfer > m.last().from()) {
            Org current = d.orgs.get(m.last().org());
            Org to = target(current, transfer, m.isRetiredOn(LocalDate.ofEpochDay(transfer)), r);
            if (to != null) {
                move(m, to, transfer);
            }
        }
        if (leave > 0 && leave > m.last().from()) {
            leave(m, leave);
        }
    }

    /** Another branch of the same organ existing on {@code day}: a retiree branch for retirees, else a working one. */
    private Org target(Org from, int day, boolean retired, SplittableRandom r) {
        LocalDate on = LocalDate.ofEpochDay(day);
        List<Org> options = new ArrayList<>();
        for (Org o : d.orgs) {
            // small branches stay small: nobody is moved into them
            if (o.isBranch() && !o.small && o.organ == from.organ && o.index != from.index && o.existsOn(on)
                    && (o.dissolvedOn == null || Member.day(o.dissolvedOn) > day + 1)
                    && o.category.equals("RETIREE") == retired) {
                options.add(o);
            }
        }
        return options.isEmpty() ? null : options.get(r.nextInt(options.size()));
    }

    private void move(Member m, Org to, int day) {
        Member.Stint s = m.stints.remove(m.stints.size() - 1);
        m.stints.add(new Member.Stint(s.org(), s.group(), s.from(), day));
        int group = to.groups.isEmpty() ? -1 : Rng.below(seed, Rng.LIVES, m.index, to.index, to.groups.size());
        m.stints.add(new Member.Stint(to.index, group, day, Member.OPEN));
    }

    private void leave(Member m, int day) {
        Member.Stint s = m.stints.remove(m.stints.size() - 1);
        m.stints.add(new Member.Stint(s.org(), s.group(), s.from(), day));
        m.leftOn = LocalDate.ofEpochDay(day);
    }

    /**
     * Everyone still in a dissolved branch moves to the other branches of its kind on the day it closes.
     * @param members every member created, in the order created
     */
    void dissolve(Org b, List<Member> members) {
        int day = Member.day(b.dissolvedOn);
        SplittableRandom r = Rng.stream(seed, Rng.LIVES, 1_000_000 + b.index);
        for (Member m : members) {
            Member.Stint s = m.last();
            if (s.org() == b.index && s.to() == Member.OPEN && s.from() < day && m.leftOn == null) {
                Org to = target(b, day, b.category.equals("RETIREE"), r);
                if (to == null) {
                    to = target(b, day, !b.category.equals("RETIREE"), r);
                }
                if (to != null) {
                    move(m, to, day);
                }
            }
        }
    }

    /**
     * The new branch starts with members split off the largest branch of its kind (settled members, no later moves).
     * @param initial the members each branch starts with, by branch index
     * @return the members moved to {@code b}, or null when no branch of its kind could give any
     */
    List<Member> found(Org b, Map<Integer, List<Member>> initial) {
        int day = Member.day(b.establishedOn);
        Org donor = null;
        for (Org o : d.branches()) {
            if (o.organ == b.organ && o != b && o.category.equals(b.category) && o.existsOn(b.establishedOn)
                    && (donor == null || o.initialSize > donor.initialSize)) {
                donor = o;
            }
        }
        if (donor == null) {
            return null;
        }
        int wanted = 5 + Rng.below(seed, Rng.LIVES, b.index, 1, 3);
        List<Member> moved = new ArrayList<>();
        List<Member> first = initial.get(donor.index);
        for (int j = 8; j < first.size() && moved.size() < wanted; j++) {
            Member m = first.get(j);
            Member.Stint s = m.last();
            if (s.org() == donor.index && s.to() == Member.OPEN && s.from() < day && m.leftOn == null
                    && m.isFullOn(b.establishedOn) && m.stints.size() == 1) {
                move(m, b, day);
                moved.add(m);
            }
        }
        return moved;
    }

    /** member_transfer rows from the stints: arrivals (from null), moves, and leaving (to null). */
    void transfers() {
        List<Transfer> out = new ArrayList<>();
        for (Member m : d.members) {
            List<Member.Stint> st = m.stints;
            if (m.cameFromOutside) {
                out.add(new Transfer(null, m.id, null, d.orgs.get(st.get(0).org()).code, LocalDate.ofEpochDay(st.get(0).from())));
            }
            for (int i = 1; i < st.size(); i++) {
                out.add(new Transfer(null, m.id, d.orgs.get(st.get(i - 1).org()).code, d.orgs.get(st.get(i).org()).code,
                        LocalDate.ofEpochDay(st.get(i).from())));
            }
            if (m.leftOn != null) {
                out.add(new Transfer(null, m.id, d.orgs.get(m.last().org()).code, null, m.leftOn));
            }
        }
        out.sort(Comparator.comparing(Transfer::effectiveOn).thenComparing(Transfer::memberId));
        for (int i = 0; i < out.size(); i++) {
            Transfer t = out.get(i);
            d.transfers.add(new Transfer(String.format("T%07d", i + 1), t.memberId(), t.fromOrg(), t.toOrg(), t.effectiveOn()));
        }
    }
}
