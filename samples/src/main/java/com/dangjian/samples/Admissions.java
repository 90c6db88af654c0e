package com.dangjian.samples;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * How members join: the members each branch starts the history with, admissions during it (probationary,
 * converted a year later, some late, a few overdue) and arrivals from outside; who each one is (name, 身份证号,
 * birth, salary, habits) and the branch and group they join.
 */
final class Admissions {

    static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红建文辉力斌宇浩凯鹏晨欣怡婷雪琳晶颖佳琪梦瑶慧丹志国海峰波";

    private final History h;
    private final long seed;
    /** Every member created, in the order created (their index until they are numbered). */
    private final List<Member> all = new ArrayList<>();
    /** The members a branch starts with (numbered first, so ids follow seniority), by identity. */
    private final Set<Member> initialSet = Collections.newSetFromMap(new IdentityHashMap<>());
    private final int start;
    private final int end;
    private int created;

    Admissions(Department d) {
        this.h = d.history;
        this.seed = d.seed;
        this.start = Member.day(h.start());
        this.end = Member.day(h.asOf());
    }

    /** Every member created so far, in the order created. */
    List<Member> all() {
        return all;
    }

    boolean isInitial(Member m) {
        return initialSet.contains(m);
    }

    /** Member {@code j} of the ones branch {@code b} starts with; the first eight are its stable core. */
    Member initialMember(Org b, int j) {
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

    /** Admissions (probationary members) and arrivals from outside while the branch exists. */
    List<Member> newcomers(Org b) {
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
}
