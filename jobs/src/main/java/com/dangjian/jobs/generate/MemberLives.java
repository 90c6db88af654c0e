package com.dangjian.jobs.generate;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Members and their lives: the members each branch starts the history with, then retirements, transfers between
 * branches, leaving, the dissolved branch's members moving on, the new branch filling, admissions (probationary,
 * converted a year later, some late, a few overdue) and arrivals from outside; finally secretaries, group leaders,
 * dues arrears, absences, the transfer history and recruitment.
 */
final class MemberLives {

    static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红建文辉力斌宇浩凯鹏晨欣怡婷雪琳晶颖佳琪梦瑶慧丹志国海峰波";

    private final Department d;
    private final History h;
    private final long seed;
    private final List<Member> all = new ArrayList<>();
    private final Map<Integer, List<Member>> initial = new HashMap<>();
    /** The members a branch starts with (numbered first, so ids follow seniority), by identity. */
    private final Set<Member> initialSet = Collections.newSetFromMap(new IdentityHashMap<>());
    private final int start;
    private final int end;
    private final double years;
    private int created;

    MemberLives(Department d) {
        this.d = d;
        this.h = d.history;
        this.seed = d.seed;
        this.start = Member.day(h.start());
        this.end = Member.day(h.asOf());
        this.years = h.months() / 12.0;
    }

    void build() {
        List<Org> branches = d.branches();
        for (Org b : branches) {
            groups(b);
            List<Member> first = new ArrayList<>();
            for (int j = 0; j < b.initialSize; j++) {
                first.add(initialMember(b, j));
            }
            initial.put(b.index, first);
        }
        for (Org b : branches) {
            for (int j = 8; j < initial.get(b.index).size(); j++) {
                events(initial.get(b.index).get(j), b);
            }
        }
        List<Member> newcomers = new ArrayList<>();
        for (Org b : branches) {
            newcomers.addAll(newcomers(b));
        }
        for (Org b : branches) {
            if (b.dissolvedOn != null) {
                dissolve(b);
            }
        }
        for (Org b : branches) {
            if (b.profile == Profile.FOUNDED_MID_YEAR) {
                found(b);
            }
        }
        newcomers.sort(Comparator.comparingInt((Member m) -> m.stints.get(0).from()).thenComparingInt(m -> m.index));
        int n = 0;
        for (Member m : all) {
            if (initialSet.contains(m)) {
                number(m, n++);
            }
        }
        for (Member m : newcomers) {
            number(m, n++);
        }
        d.members.sort(Comparator.comparingInt(m -> m.index));
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
        secretaries(branches);
        habits();
        transfers();
        new RecruitmentBuilder(d).build();
    }

    private void number(Member m, int n) {
        m.index = n;
        m.id = String.format("P%07d", n + 1);
        d.members.add(m);
        d.byId.put(m.id, m);
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

    private Member initialMember(Org b, int j) {
        SplittableRandom r = Rng.stream(seed, Rng.MEMBERS, created);
        boolean retiree = b.category.equals("RETIREE");
        boolean stable = j < 8;
        char gender = r.nextDouble() < (retiree ? 0.5 : 0.56) ? 'M' : 'F';
        int asOfYear = h.asOf().getYear();
        int birthYear = retiree ? asOfYear - 64 - r.nextInt(26)
                : stable ? asOfYear - 30 - r.nextInt(24) : asOfYear - 26 - r.nextInt(38);
        LocalDate birth = LocalDate.of(birthYear, 1 + r.nextInt(12), 1 + r.nextInt(28));
        LocalDate joined;
        if (!stable && !retiree && r.nextDouble() < 0.08) {
            joined = h.start().minusDays(20 + r.nextInt(320));
        } else {
            int earliest = birthYear + 20;
            int latest = Math.max(earliest, h.start().getYear() - 2);
            joined = LocalDate.of(earliest + r.nextInt(latest - earliest + 1), 1 + r.nextInt(12), 1 + r.nextInt(28));
        }
        LocalDate fullDue = joined.plusYears(1);
        if (r.nextDouble() < 0.1) {
            fullDue = fullDue.plusMonths(1 + r.nextInt(5));
        }
        int salary = retiree ? 3000 + r.nextInt(6500) : b.category.equals("ORGAN") ? 4500 + r.nextInt(11000) : 2800 + r.nextInt(12500);
        Member m = create(r, gender, birth, joined, fullDue, retiree, salary, false, retiree);
        int group = b.groups.isEmpty() ? -1 : j % b.groups.size();
        m.stints.add(new Member.Stint(b.index, group, Member.day(joined), Member.OPEN));
        initialSet.add(m);
        return m;
    }

    private Member create(SplittableRandom r, char gender, LocalDate birth, LocalDate joined, LocalDate fullDue,
                          boolean retiredAtStart, int salary, boolean fromOutside, boolean retiree) {
        String name = "" + SURNAMES.charAt(r.nextInt(SURNAMES.length())) + GIVEN.charAt(r.nextInt(GIVEN.length()))
                + (r.nextDouble() < 0.7 ? String.valueOf(GIVEN.charAt(r.nextInt(GIVEN.length()))) : "");
        String idCard = idCard(r, birth, gender);
        double engagement = (0.35 + 0.9 * r.nextDouble()) * (retiree ? 0.8 : 1);
        double x = r.nextDouble();
        int payStyle = x < 0.75 ? 0 : x < 0.86 ? 1 : 2;
        Member m = new Member(created++, name, idCard, gender, birth, joined, fullDue, retiredAtStart, salary, fromOutside,
                engagement, payStyle);
        all.add(m);
        return m;
    }

    /** A well-formed 身份证号: region, birth date, sequence (odd for men), ISO 7064 check digit. */
    static String idCard(SplittableRandom r, LocalDate birth, char gender) {
        int seq = r.nextInt(500) * 2 + (gender == 'M' ? 1 : 0);
        String body = String.format("4101%02d%04d%02d%02d%03d", 1 + r.nextInt(20), birth.getYear(), birth.getMonthValue(),
                birth.getDayOfMonth(), seq);
        int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * w[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    /** Retirement (and often a move to a retiree branch), a transfer, leaving: in date order, stopping at leaving. */
    private void events(Member m, Org b) {
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

    /** Everyone still in a dissolved branch moves to the other branches of its kind on the day it closes. */
    private void dissolve(Org b) {
        int day = Member.day(b.dissolvedOn);
        SplittableRandom r = Rng.stream(seed, Rng.LIVES, 1_000_000 + b.index);
        for (Member m : all) {
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

    /** The new branch starts with members split off the largest branch of its kind (settled members, no later moves). */
    private void found(Org b) {
        int day = Member.day(b.establishedOn);
        Org donor = null;
        for (Org o : d.branches()) {
            if (o.organ == b.organ && o != b && o.category.equals(b.category) && o.existsOn(b.establishedOn)
                    && (donor == null || o.initialSize > donor.initialSize)) {
                donor = o;
            }
        }
        if (donor == null) {
            return;
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
        initial.put(b.index, moved);
    }

    /** Admissions (probationary members) and arrivals from outside while the branch exists. */
    private List<Member> newcomers(Org b) {
        List<Member> out = new ArrayList<>();
        SplittableRandom r = Rng.stream(seed, Rng.LIVES, 2_000_000 + b.index);
        int from = Math.max(start, Member.day(b.establishedOn));
        int to = b.dissolvedOn == null ? end : Math.min(end, Member.day(b.dissolvedOn) - 1);
        if (to <= from) {
            return out;
        }
        int size = Math.max(6, b.initialSize);
        double share = (to - from) / 365.0;
        boolean retiree = b.category.equals("RETIREE");
        for (int i = 0; i < size; i++) {
            if (!retiree && r.nextDouble() < 0.032 * share) {
                int day = from + r.nextInt(to - from + 1);
                LocalDate joined = LocalDate.ofEpochDay(day);
                char gender = r.nextDouble() < 0.5 ? 'M' : 'F';
                LocalDate birth = LocalDate.of(h.asOf().getYear() - 24 - r.nextInt(16), 1 + r.nextInt(12), 1 + r.nextInt(28));
                double x = r.nextDouble();
                LocalDate fullDue = x < 0.86 ? joined.plusYears(1) : x < 0.97 ? joined.plusYears(1).plusMonths(1 + r.nextInt(5)) : null;
                Member m = create(r, gender, birth, joined, fullDue, false, 3500 + r.nextInt(7000), false, false);
                stint(m, b, day);
                out.add(m);
            }
            if (r.nextDouble() < 0.012 * share) {
                int day = from + r.nextInt(to - from + 1);
                char gender = r.nextDouble() < 0.55 ? 'M' : 'F';
                LocalDate birth = retiree ? LocalDate.of(h.asOf().getYear() - 62 - r.nextInt(20), 1 + r.nextInt(12), 1 + r.nextInt(28))
                        : LocalDate.of(h.asOf().getYear() - 28 - r.nextInt(24), 1 + r.nextInt(12), 1 + r.nextInt(28));
                LocalDate joined = birth.plusYears(22 + r.nextInt(5));
                Member m = create(r, gender, birth, joined, joined.plusYears(1), retiree, retiree ? 3500 + r.nextInt(5000)
                        : 4000 + r.nextInt(10000), true, retiree);
                stint(m, b, day);
                out.add(m);
            }
        }
        return out;
    }

    private void stint(Member m, Org b, int day) {
        int group = b.groups.isEmpty() ? -1 : Rng.below(seed, Rng.LIVES, m.index, b.index, b.groups.size());
        m.stints.add(new Member.Stint(b.index, group, day, Member.OPEN));
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

    /** member_transfer rows from the stints: arrivals (from null), moves, and leaving (to null). */
    private void transfers() {
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
