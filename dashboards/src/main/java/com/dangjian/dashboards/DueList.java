package com.dangjian.dashboards;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.dangjian.transform.rules.RuleCatalogue;
import com.dangjian.transform.rules.RuleIds;

/**
 * What a branch still has to hold in the month and the quarter of the night's date: the counted meetings of
 * 三会一课 and the theme day, held so far against the one each period requires. The engine assesses only
 * complete periods; this is the running count for the period in progress. Rules switched off in the catalogue
 * are left out, and so is the committee meeting where the branch's latest result says it has no committee.
 */
record DueList(String ruleId, String period, String meetingType, int held, int required) {

    boolean done() {
        return held >= required;
    }

    private record Requirement(String ruleId, String meetingType, boolean quarterly) {
    }

    private static final List<Requirement> REQUIREMENTS = List.of(
            new Requirement(RuleIds.COMMITTEE_MONTHLY, "COMMITTEE", false),
            new Requirement(RuleIds.THEME_DAY_MONTHLY, "THEME_DAY", false),
            new Requirement(RuleIds.ASSEMBLY_QUARTERLY, "BRANCH_ASSEMBLY", true),
            new Requirement(RuleIds.LECTURE_QUARTERLY, "LECTURE", true));

    /**
     * @param meetings the branch's meetings of the quarter up to {@code asOf}
     * @param noCommittee the branch's latest COMMITTEE_MONTHLY result is NOT_APPLICABLE
     */
    static List<DueList> of(LocalDate asOf, List<GoldSnapshot.Meeting> meetings, RuleCatalogue catalogue, boolean noCommittee) {
        String month = asOf.toString().substring(0, 7);
        String quarter = asOf.getYear() + "-Q" + ((asOf.getMonthValue() - 1) / 3 + 1);
        List<DueList> out = new ArrayList<>();
        for (Requirement r : REQUIREMENTS) {
            if (!catalogue.enabled(r.ruleId()) || (noCommittee && r.ruleId().equals(RuleIds.COMMITTEE_MONTHLY))) {
                continue;
            }
            int held = (int) meetings.stream().filter(mt -> mt.type().equals(r.meetingType())
                    && (r.quarterly() || mt.heldOn().startsWith(month))).count();
            out.add(new DueList(r.ruleId(), r.quarterly() ? quarter : month, r.meetingType(), held, 1));
        }
        return out;
    }
}
