package com.dangjian.samples;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Builds the organisation tree of each organ (committee → sub-committees and general branches → branches →
 * party groups), gives each branch a profile, then hands over to {@link MemberLives} for the members.
 */
final class DepartmentBuilder {

    static final String[] ORGAN_DEPTS = {"办公室", "政策法规处", "规划发展处", "财务处", "人事处", "信息化处", "综合处",
            "监督检查处", "科技处", "宣传处", "行政审批处", "安全管理处", "标准处", "数据资源处", "统计分析处", "对外合作处", "审计处",
            "机关服务中心"};
    static final String[] INST_UNITS = {"信息中心", "研究院", "培训中心", "档案馆", "监测中心", "服务中心", "评估中心", "技术中心",
            "宣传中心", "后勤保障中心"};
    static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四",
            "十五", "十六", "十七", "十八", "十九", "二十"};
    /** Every organ gets each distinct profile once first, so even a small sample shows them all. */
    static final Profile[] DECK = {Profile.LAX, Profile.EXEMPLARY, Profile.QUARTER_END_RUSH, Profile.DECLINING,
            Profile.OVERDUE_ELECTION, Profile.IMPROVING, Profile.CHRONIC_ARREARS, Profile.DISSOLVED_MID_YEAR,
            Profile.FOUNDED_MID_YEAR};
    static final int MEAN_BRANCH_SIZE = 27;

    private final Department d;
    private final History h;
    private int organIndex;

    DepartmentBuilder(Department d) {
        this.d = d;
        this.h = d.history;
    }

    Department build() {
        List<Scale.Organ> organs = d.scale.organs();
        for (int i = 0; i < organs.size(); i++) {
            organIndex = i;
            organ(organs.get(i), i);
        }
        new MemberLives(d).build();
        return d;
    }

    /** How many branches an organ has of each category: its offices, its institutions and its retirees. */
    private record BranchCounts(int organ, int institution, int retiree) {

        static BranchCounts of(Scale.Organ o) {
            int nb = Math.max(5, (int) Math.round(o.members() / (double) MEAN_BRANCH_SIZE));
            int nRet = Math.max(1, (int) Math.round(nb * 0.15));
            int nOrg = Math.max(2, (int) Math.round(nb * 0.55));
            int nInst = Math.max(1, nb - nOrg - nRet);
            return new BranchCounts(nOrg, nInst, nRet);
        }

        int total() {
            return organ + institution + retiree;
        }

        /** Branches are numbered offices first, then institutions, then retirees. */
        String category(int b) {
            return b < organ ? "ORGAN" : b < organ + institution ? "INSTITUTION" : "RETIREE";
        }
    }

    /** The committees and general branches an organ's branches hang under. */
    private record Parents(Org top, List<Org> subs, List<Org> organGbs, List<Org> instGbs, Org retGb) {
    }

    /** Where a branch hangs, the department it serves and its name. */
    private record Placement(String parent, String dept, String name) {
    }

    private void organ(Scale.Organ o, int organIndex) {
        SplittableRandom r = Rng.stream(d.seed, Rng.ORGS, organIndex);
        BranchCounts n = BranchCounts.of(o);
        Parents parents = parents(o, organIndex, n, r);
        Profile[] profiles = profiles(r, n.total());
        boolean[] small = smallBranches(r, profiles);
        int[] sizes = sizes(r, o, profiles, small);
        branches(r, o, n, parents, profiles, small, sizes);
    }

    /** The organ's committee, its sub-committees (institutions) and the general branches under them. */
    private Parents parents(Scale.Organ o, int organIndex, BranchCounts n, SplittableRandom r) {
        LocalDate start = h.start();
        String p = o.prefix();
        Org top = add(p, o.name() + "机关党委", Org.COMMITTEE, organIndex == 0 ? null : "D01", "机关党委", "ORGAN", o.region(),
                start.minusYears(18 + r.nextInt(10)), null, elected(r, 5, Profile.AVERAGE, null), 5, Profile.AVERAGE, false);
        int nSub = Math.max(1, (int) Math.round(n.institution() / 8.0));
        List<Org> subs = new ArrayList<>();
        for (int i = 0; i < nSub; i++) {
            String unit = INST_UNITS[i % INST_UNITS.length] + (i >= INST_UNITS.length ? NUMERALS[i / INST_UNITS.length] : "");
            subs.add(add(String.format("%s-C%02d", p, i + 1), o.name() + unit + "党委", Org.COMMITTEE, top.code, unit,
                    "INSTITUTION", o.region(), start.minusYears(8 + r.nextInt(10)), null, elected(r, 5, Profile.AVERAGE, null), 5,
                    Profile.AVERAGE, false));
        }
        int nGo = Math.max(1, (int) Math.round(n.organ() / 6.0));
        int nGi = n.institution() >= 8 ? (int) Math.round(n.institution() / 8.0) : 0;
        List<Org> organGbs = new ArrayList<>();
        List<Org> instGbs = new ArrayList<>();
        int g = 0;
        for (int i = 0; i < nGo; i++) {
            // One general branch of a large organ lets its term run out too: alarms are not only for branches.
            Profile gp = nGo >= 3 && i == 1 ? Profile.OVERDUE_ELECTION : Profile.AVERAGE;
            organGbs.add(add(String.format("%s-G%02d", p, ++g), "机关第" + NUMERALS[i % 20] + "党总支", Org.GENERAL_BRANCH,
                    top.code, ORGAN_DEPTS[(i * 3) % ORGAN_DEPTS.length], "ORGAN", o.region(), start.minusYears(6 + r.nextInt(8)),
                    null, elected(r, 3, gp, null), 3, gp, false));
        }
        for (int i = 0; i < nGi; i++) {
            Org sub = subs.get(i % nSub);
            instGbs.add(add(String.format("%s-G%02d", p, ++g), sub.department + "第" + NUMERALS[i / nSub % 20] + "党总支",
                    Org.GENERAL_BRANCH, sub.code, sub.department, "INSTITUTION", o.region(), start.minusYears(5 + r.nextInt(8)),
                    null, elected(r, 3, Profile.AVERAGE, null), 3, Profile.AVERAGE, false));
        }
        Org retGb = add(String.format("%s-G%02d", p, ++g), "离退休干部党总支", Org.GENERAL_BRANCH, top.code, "离退休干部处",
                "RETIREE", o.region(), start.minusYears(10 + r.nextInt(8)), null, elected(r, 3, Profile.AVERAGE, null), 3,
                Profile.AVERAGE, false);
        return new Parents(top, subs, organGbs, instGbs, retGb);
    }

    /** Members each branch starts with: small ones 4–6, the others (but a founded one) share the rest by weight. */
    private static int[] sizes(SplittableRandom r, Scale.Organ o, Profile[] profiles, boolean[] small) {
        int nb = profiles.length;
        int[] sizes = new int[nb];
        double[] weights = new double[nb];
        double sumW = 0;
        int smallTotal = 0;
        for (int b = 0; b < nb; b++) {
            if (small[b]) {
                sizes[b] = 4 + r.nextInt(3);
                smallTotal += sizes[b];
            } else if (profiles[b] != Profile.FOUNDED_MID_YEAR) {
                weights[b] = 0.45 + r.nextDouble() * (b % 7 == 3 ? 1.6 : 1.1);
                sumW += weights[b];
            }
        }
        int rest = Math.max(0, o.members() - smallTotal);
        for (int b = 0; b < nb; b++) {
            if (weights[b] > 0) {
                sizes[b] = (int) Math.max(3, Math.min(49, Math.round(rest * weights[b] / sumW)));
            }
        }
        return sizes;
    }

    /** The organ's branches: where each hangs, its dates (founded or dissolved mid-year for those profiles), its size. */
    private void branches(SplittableRandom r, Scale.Organ o, BranchCounts n, Parents parents, Profile[] profiles,
                          boolean[] small, int[] sizes) {
        LocalDate start = h.start();
        int year = h.asOf().getMonthValue() >= 8 ? h.asOf().getYear() : h.asOf().getYear() - 1;
        int organCount = 0, instCount = 0, retCount = 0;
        for (int b = 0; b < n.total(); b++) {
            Profile pr = profiles[b];
            String category = n.category(b);
            int k = category.equals("ORGAN") ? organCount++ : category.equals("INSTITUTION") ? instCount++ : retCount++;
            Placement at = placement(category, k, parents);
            LocalDate established = pr == Profile.FOUNDED_MID_YEAR ? LocalDate.of(year, 7, 1 + r.nextInt(14))
                    : start.minusYears(3 + r.nextInt(15)).minusDays(r.nextInt(300));
            LocalDate dissolved = pr == Profile.DISSOLVED_MID_YEAR ? LocalDate.of(year, 6, 10 + r.nextInt(15)) : null;
            LocalDate electedOn = elected(r, 3, pr, pr == Profile.FOUNDED_MID_YEAR ? established : null);
            Org branch = add(String.format("%s-B%03d", o.prefix(), b + 1), at.name(), Org.BRANCH, at.parent(), at.dept(),
                    category, o.region(), established, dissolved, electedOn, 3, pr, small[b]);
            // An exemplary branch keeps within the statutory size (it would split before passing 50 members).
            branch.initialSize = pr == Profile.EXEMPLARY ? Math.min(sizes[b], 40) : sizes[b];
        }
    }

    /** Where the {@code k}-th branch of {@code category} hangs, the department it serves and its name. */
    private static Placement placement(String category, int k, Parents ps) {
        if (category.equals("ORGAN")) {
            String parent = k % 10 < 7 ? ps.organGbs().get(k % ps.organGbs().size()).code : ps.top().code;
            String dept = ORGAN_DEPTS[k % ORGAN_DEPTS.length];
            String name = dept + (k < ORGAN_DEPTS.length ? "" : "第" + NUMERALS[(k / ORGAN_DEPTS.length) % 20]) + "党支部";
            return new Placement(parent, dept, name);
        }
        if (category.equals("INSTITUTION")) {
            int nSub = ps.subs().size();
            Org sub = ps.subs().get(k % nSub);
            String parent = !ps.instGbs().isEmpty() && k % 5 < 3 ? ps.instGbs().get(k % ps.instGbs().size()).code : sub.code;
            return new Placement(parent, sub.department, sub.department + "第" + NUMERALS[(k / nSub) % 20] + "党支部");
        }
        return new Placement(ps.retGb().code, "离退休干部处", "离退休第" + NUMERALS[k % 20] + "党支部");
    }

    private Profile[] profiles(SplittableRandom r, int nb) {
        Profile[] out = new Profile[nb];
        for (int b = 0; b < nb; b++) {
            if (b < DECK.length) {
                out[b] = DECK[b];
            } else {
                double x = r.nextDouble();
                out[b] = x < 0.5 ? Profile.AVERAGE : x < 0.66 ? Profile.EXEMPLARY : x < 0.75 ? Profile.LAX
                        : x < 0.81 ? Profile.DECLINING : x < 0.87 ? Profile.IMPROVING : x < 0.92 ? Profile.QUARTER_END_RUSH
                        : x < 0.96 ? Profile.CHRONIC_ARREARS : Profile.OVERDUE_ELECTION;
            }
        }
        // Spread the deck over the categories (organ, institution, retiree) instead of putting it all first.
        for (int i = nb - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            Profile t = out[i];
            out[i] = out[j];
            out[j] = t;
        }
        return out;
    }

    /** Some branches have fewer than 7 full members (a secretary, no committee): never the ones whose test needs one. */
    private static boolean[] smallBranches(SplittableRandom r, Profile[] profiles) {
        boolean[] small = new boolean[profiles.length];
        boolean any = false;
        for (int b = 0; b < profiles.length; b++) {
            boolean eligible = profiles[b] == Profile.AVERAGE || profiles[b] == Profile.EXEMPLARY;
            if (eligible && r.nextDouble() < 0.1) {
                small[b] = true;
                any = true;
            }
        }
        if (!any && profiles.length >= 8) {
            for (int b = 0; b < profiles.length && !any; b++) {
                if (profiles[b] == Profile.AVERAGE || profiles[b] == Profile.EXEMPLARY) {
                    small[b] = true;
                    any = true;
                }
            }
        }
        return small;
    }

    /** Election date: within the term for most, past the term for OVERDUE_ELECTION. */
    private LocalDate elected(SplittableRandom r, int term, Profile p, LocalDate founded) {
        if (founded != null) {
            return founded;
        }
        LocalDate asOf = h.asOf();
        if (p == Profile.OVERDUE_ELECTION) {
            return asOf.minusYears(term).minusMonths(2 + r.nextInt(13)).minusDays(r.nextInt(28));
        }
        return asOf.minusMonths(1 + r.nextInt(term * 12 - 3)).minusDays(r.nextInt(28));
    }

    private Org add(String code, String name, String type, String parent, String dept, String category, String region,
                    LocalDate established, LocalDate dissolved, LocalDate elected, int term, Profile profile, boolean small) {
        if (elected.isBefore(established)) {
            elected = established;
        }
        Org o = new Org(d.orgs.size(), code, name, type, parent, dept, category, region, established, dissolved, elected,
                term, profile, small);
        o.organ = organIndex;
        d.orgs.add(o);
        d.byCode.put(code, o);
        return o;
    }

}
