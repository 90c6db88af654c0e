package com.dangjian.samples;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * 发展党员: for each member admitted in the window, the stages that led there (applicant about two and a half
 * years before, activist, candidate, probationary, full); candidates still on the way carry C-numbers. Plans per
 * branch and year are set near what was achieved, some above it (plans are guidance).
 */
final class RecruitmentBuilder {

    private static final List<String> STAGES = List.of("APPLICANT", "ACTIVIST", "CANDIDATE", "PROBATIONARY", "FULL");

    private final Department d;
    private final History h;

    RecruitmentBuilder(Department d) {
        this.d = d;
        this.h = d.history;
    }

    void build() {
        List<Recruitment.Event> events = new ArrayList<>();
        int[][] admitted = admissions(events);
        candidates(events);
        number(events);
        plans(admitted);
    }

    /**
     * The stages of each member admitted in the window (not those arriving from outside); returns how many each
     * branch admitted, by branch index and year of the window.
     */
    private int[][] admissions(List<Recruitment.Event> events) {
        LocalDate asOf = h.asOf();
        int[][] admitted = new int[d.orgs.size()][h.months() / 12 + 2];
        int firstYear = h.start().getYear();
        for (Member m : d.members) {
            if (m.joinedOn.isBefore(h.start()) || m.cameFromOutside) {
                continue;
            }
            SplittableRandom r = Rng.stream(d.seed, Rng.RECRUIT, m.index);
            String org = d.orgs.get(m.stints.get(0).org()).code;
            LocalDate applied = m.joinedOn.minusMonths(26 + r.nextInt(12));
            add(events, m.id, org, "APPLICANT", applied);
            add(events, m.id, org, "ACTIVIST", applied.plusMonths(6 + r.nextInt(3)));
            add(events, m.id, org, "CANDIDATE", m.joinedOn.minusMonths(3 + r.nextInt(3)));
            add(events, m.id, org, "PROBATIONARY", m.joinedOn);
            if (m.fullDue != null && !m.fullDue.isAfter(asOf)) {
                add(events, m.id, org, "FULL", m.fullDue);
            }
            int y = m.joinedOn.getYear() - firstYear;
            if (y >= 0 && y < admitted[0].length) {
                admitted[m.stints.get(0).org()][y]++;
            }
        }
        return admitted;
    }

    /** Candidates still on the way in the working branches that remain (C-numbers): applicants, some further on. */
    private void candidates(List<Recruitment.Event> events) {
        LocalDate asOf = h.asOf();
        int candidates = 0;
        for (Org b : d.branches()) {
            if (b.category.equals("RETIREE") || b.dissolvedOn != null) {
                continue;
            }
            SplittableRandom r = Rng.stream(d.seed, Rng.RECRUIT, 5_000_000 + b.index);
            int n = (int) Math.round(Math.max(1, b.initialSize) * 0.06 + r.nextDouble());
            for (int i = 0; i < n; i++) {
                String id = String.format("C%07d", ++candidates + b.index * 1000);
                LocalDate applied = asOf.minusDays(30 + r.nextInt(900));
                if (applied.isBefore(b.establishedOn)) {
                    continue;
                }
                add(events, id, b.code, "APPLICANT", applied);
                LocalDate activist = applied.plusMonths(6 + r.nextInt(3));
                if (!activist.isAfter(asOf) && r.nextDouble() < 0.7) {
                    add(events, id, b.code, "ACTIVIST", activist);
                    LocalDate candidate = activist.plusMonths(12 + r.nextInt(4));
                    if (!candidate.isAfter(asOf) && r.nextDouble() < 0.6) {
                        add(events, id, b.code, "CANDIDATE", candidate);
                    }
                }
            }
        }
    }

    /** The events in date order (then by candidate, then by stage), numbered E0000001 on into the department. */
    private void number(List<Recruitment.Event> events) {
        events.sort(Comparator.comparing(Recruitment.Event::stageOn).thenComparing(Recruitment.Event::candidateId)
                .thenComparingInt(e -> STAGES.indexOf(e.stage())));
        for (int i = 0; i < events.size(); i++) {
            Recruitment.Event e = events.get(i);
            d.events.add(new Recruitment.Event(String.format("E%07d", i + 1), e.candidateId(), e.orgCode(), e.stage(), e.stageOn()));
        }
    }

    /** Each working branch's plan for each year it existed: near what it admitted, some above, a few below. */
    private void plans(int[][] admitted) {
        int firstYear = h.start().getYear();
        for (Org b : d.branches()) {
            if (b.category.equals("RETIREE")) {
                continue;
            }
            SplittableRandom r = Rng.stream(d.seed, Rng.RECRUIT, 7_000_000 + b.index);
            for (int y = firstYear; y <= h.asOf().getYear(); y++) {
                if (b.establishedOn.getYear() > y || (b.dissolvedOn != null && b.dissolvedOn.getYear() < y)) {
                    continue;
                }
                int did = admitted[b.index][y - firstYear];
                int planned = Math.max(0, did + (r.nextDouble() < 0.35 ? 1 : 0) - (r.nextDouble() < 0.15 ? 1 : 0));
                d.plans.add(new Recruitment.Plan(b.code, y, planned));
            }
        }
    }

    private void add(List<Recruitment.Event> out, String candidate, String org, String stage, LocalDate on) {
        if (!on.isAfter(h.asOf())) {
            out.add(new Recruitment.Event(null, candidate, org, stage, on));
        }
    }
}
