package com.dangjian.samples;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * What a branch holds in a month, by the cadence of rules.md and its profile: committee, theme day and group
 * meetings monthly; assembly and lecture quarterly (the secretary lecturing once a year); org life and the
 * democratic review yearly (same day: two records); a talk with the secretary yearly for every member; voluntary
 * service and contact visits. A pure function of (seed, branch, month), so a later night continues the plan.
 */
final class MeetingPlan {

    /** One meeting to export; attendance is drawn when it is written. */
    record Planned(Org branch, String type, LocalDateTime heldAt, int group, String lecturerId, List<Member> talkers,
                   long salt) {
    }

    static final String[] TOPICS_THEME = {"学习贯彻党的二十大精神主题党日", "重温入党誓词", "走进红色教育基地", "学习党章党规", "志愿服务进社区",
            "党史学习教育专题研讨"};
    static final String[] TOPICS_COMMITTEE = {"研究部署本月党建工作", "研究发展党员工作", "研究党费收缴情况", "讨论支部工作计划",
            "研究整改落实事项"};
    static final String[] TOPICS_LECTURE = {"以党的创新理论武装头脑", "加强党性修养", "全面从严治党", "学习贯彻党的二十大精神", "弘扬伟大建党精神"};

    private final Department d;

    MeetingPlan(Department d) {
        this.d = d;
    }

    List<Planned> month(Org b, YearMonth m) {
        List<Planned> out = new ArrayList<>();
        if (!b.isBranch() || b.establishedOn.isAfter(m.atEndOfMonth())
                || (b.dissolvedOn != null && !b.dissolvedOn.isAfter(m.atDay(1)))) {
            return out;
        }
        long monthKey = m.getYear() * 12L + m.getMonthValue();
        SplittableRandom r = Rng.stream(d.seed, Rng.MEETINGS, b.index * 100_000L + monthKey);
        double t = d.history.progress(m);
        Profile p = b.profile;
        double diligence = p.diligence(t);
        boolean rush = p.rushesToQuarterEnd();
        monthly(out, r, b, m, diligence, rush);
        quarterly(out, r, b, m, diligence, rush);
        orgLife(out, r, b, m, diligence, rush);
        talks(out, r, b, m, diligence, rush);
        outreach(out, r, b, m, p.engagement(t));
        return salted(out, b, m, monthKey);
    }

    /** Committee (a branch with at least 7 full members), theme day and group meetings. */
    private void monthly(List<Planned> out, SplittableRandom r, Org b, YearMonth m, double diligence, boolean rush) {
        boolean quarterEnd = (m.getMonthValue() - 1) % 3 == 2;
        // A rushing branch crams the quarter's monthly meetings into its last month.
        int monthly = rush ? (quarterEnd ? 3 : 0) : 1;
        boolean committee = d.fullMembersOn(b, m.atEndOfMonth()) >= 7;
        for (int k = 0; k < monthly; k++) {
            if (committee && r.nextDouble() < diligence) {
                out.add(planned(b, "COMMITTEE", day(r, m, rush), -1, null, null));
            }
            if (r.nextDouble() < diligence) {
                out.add(planned(b, "THEME_DAY", day(r, m, rush), -1, null, null));
            }
            for (Org.PartyGroup g : b.groups) {
                if (r.nextDouble() < diligence * 0.97) {
                    out.add(planned(b, "GROUP", day(r, m, rush), g.index(), null, null));
                }
            }
        }
    }

    /** The branch assembly and the lecture, in one month of the quarter (the secretary lecturing once a year). */
    private void quarterly(List<Planned> out, SplittableRandom r, Org b, YearMonth m, double diligence, boolean rush) {
        int inQuarter = (m.getMonthValue() - 1) % 3;
        int quarterMonth = rush ? 2 : Rng.below(d.seed, Rng.MEETINGS, b.index, m.getYear() * 4L + inQuarterIndex(m), 3);
        if (inQuarter != quarterMonth) {
            return;
        }
        if (r.nextDouble() < Math.min(1, diligence + 0.08)) {
            out.add(planned(b, "BRANCH_ASSEMBLY", day(r, m, rush), -1, null, null));
        }
        int secretaryQuarter = Rng.below(d.seed, Rng.MEETINGS, b.index, m.getYear(), 4);
        if (r.nextDouble() < Math.min(1, diligence + 0.05)) {
            String lecturer = secretaryQuarter == inQuarterIndex(m) ? b.secretaryId : otherLecturer(r, b, m);
            LocalDateTime at = day(r, m, rush);
            out.add(planned(b, "LECTURE", at, -1, lecturer, null));
            if (r.nextDouble() < 0.25) {
                out.add(planned(b, "THEME_DAY", at, -1, null, null)); // one meeting, two purposes, two records
            }
        }
    }

    /** Org life once a year (the rushing branch: December), most often followed by the democratic review. */
    private void orgLife(List<Planned> out, SplittableRandom r, Org b, YearMonth m, double diligence, boolean rush) {
        int orgLifeMonth = new int[]{1, 2, 12, 1, 11, 6}[Rng.below(d.seed, Rng.MEETINGS, b.index, m.getYear() * 7L, 6)];
        if (m.getMonthValue() == (rush ? 12 : orgLifeMonth) && r.nextDouble() < Math.min(1, diligence + 0.1)) {
            LocalDateTime at = day(r, m, rush);
            out.add(planned(b, "ORG_LIFE", at, -1, null, null));
            if (r.nextDouble() < 0.92) {
                out.add(planned(b, "DEMOCRATIC_REVIEW", at.plusHours(2), -1, null, null));
            }
        }
    }

    /** Voluntary service (more often in an engaged branch) and contact visits, any day of the month. */
    private void outreach(List<Planned> out, SplittableRandom r, Org b, YearMonth m, double engagement) {
        if (r.nextDouble() < 0.3 * engagement + 0.05) {
            out.add(planned(b, "VOLUNTEER", day(r, m, false), -1, null, null));
        }
        if (r.nextDouble() < 0.18) {
            out.add(planned(b, "CONTACT_VISIT", day(r, m, false), -1, null, null));
        }
    }

    /** The month's meetings on days the branch exists, in time order, each with its own salt for the draws made when written. */
    private static List<Planned> salted(List<Planned> out, Org b, YearMonth m, long monthKey) {
        LocalDate first = m.atDay(1);
        out.removeIf(x -> !b.existsOn(x.heldAt().toLocalDate()) || x.heldAt().toLocalDate().isBefore(first));
        out.sort(Comparator.comparing(Planned::heldAt));
        List<Planned> salted = new ArrayList<>(out.size());
        for (int i = 0; i < out.size(); i++) {
            Planned x = out.get(i);
            salted.add(new Planned(x.branch(), x.type(), x.heldAt(), x.group(), x.lecturerId(), x.talkers(),
                    (b.index * 100_000L + monthKey) * 1000 + i));
        }
        return salted;
    }

    private static int inQuarterIndex(YearMonth m) {
        return (m.getMonthValue() - 1) / 3;
    }

    /** Each member talks with the secretary once a year, in a month of their own (the rushing branch: quarter ends). */
    private void talks(List<Planned> out, SplittableRandom r, Org b, YearMonth m, double diligence, boolean rush) {
        Member secretary = d.byId.get(b.secretaryId);
        if (secretary == null) {
            return;
        }
        for (Member x : d.membersOn(b, Member.day(m, true))) {
            int talkMonth = 1 + Rng.below(d.seed, Rng.TALKS, x.index, m.getYear(), 12);
            if (rush) {
                talkMonth = ((talkMonth - 1) / 3) * 3 + 3;
            }
            if (talkMonth == m.getMonthValue() && r.nextDouble() < Math.min(1, diligence + 0.05)) {
                Member other = x == secretary ? firstOther(b, m, secretary) : secretary;
                if (other != null) {
                    out.add(planned(b, "TALK", day(r, m, rush), -1, null, List.of(other, x)));
                }
            }
        }
    }

    private Member firstOther(Org b, YearMonth m, Member secretary) {
        for (Member x : d.membersOn(b, Member.day(m, true))) {
            if (x != secretary) {
                return x;
            }
        }
        return null;
    }

    private String otherLecturer(SplittableRandom r, Org b, YearMonth m) {
        if (r.nextDouble() < 0.2) {
            return null; // an invited lecturer from outside the branch
        }
        List<Member> roster = d.membersOn(b, Member.day(m, true));
        return roster.isEmpty() ? null : roster.get(r.nextInt(roster.size())).id;
    }

    private static Planned planned(Org b, String type, LocalDateTime at, int group, String lecturer, List<Member> talkers) {
        return new Planned(b, type, at, group, lecturer, talkers, 0);
    }

    /** A working day and time in {@code m}; rushing branches meet in the month's last ten days. */
    private static LocalDateTime day(SplittableRandom r, YearMonth m, boolean lateInMonth) {
        int len = m.lengthOfMonth();
        int dom = lateInMonth ? len - 9 + r.nextInt(10) : 1 + r.nextInt(len);
        LocalDate day = m.atDay(dom);
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY) {
            day = dom > 1 ? day.minusDays(1) : day.plusDays(2);
        } else if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = dom < len ? day.plusDays(1) : day.minusDays(2);
        }
        return day.atTime(9 + r.nextInt(8), r.nextBoolean() ? 0 : 30);
    }
}
