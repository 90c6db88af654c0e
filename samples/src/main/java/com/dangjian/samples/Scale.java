package com.dangjian.samples;

import java.util.ArrayList;
import java.util.List;

/**
 * How big the sample is. SF 1 is one provincial department (its organ committee, about 200 organisations and
 * 5,000 members); SF 10 is the department plus the organs of 14 prefectures (about 50,000 members). Between,
 * prefecture organs are added as the factor grows; below 1 the department simply shrinks.
 */
public record Scale(double factor) {

    static final int MEMBERS_PER_SF = 5000;
    static final int PREFECTURES = 14;
    static final String[] CITIES = {"东川", "西岭", "南湖", "北原", "青山", "白河", "临江", "安平", "长宁", "永丰", "新城", "金台",
            "云州", "清源"};

    public Scale {
        if (!(factor > 0) || factor > 1000) {
            throw new IllegalArgumentException("--scale must be above 0 and at most 1000, got " + factor);
        }
    }

    /** One organ: the department itself, or a prefecture's counterpart organ, each with its own committee. */
    public record Organ(String prefix, String region, String name, int members) {
    }

    public int members() {
        return Math.max(20, (int) Math.round(MEMBERS_PER_SF * factor));
    }

    public List<Organ> organs() {
        int prefectures = factor < 2 ? 0 : (int) Math.min(PREFECTURES, Math.round(PREFECTURES * (factor - 1) / 9.0));
        List<Organ> organs = new ArrayList<>();
        int total = members();
        int department = prefectures == 0 ? total : MEMBERS_PER_SF;
        organs.add(new Organ("D01", "PROVINCE", "省数据管理厅", department));
        int rest = total - department;
        for (int p = 0; p < prefectures; p++) {
            int share = rest / prefectures + (p < rest % prefectures ? 1 : 0);
            organs.add(new Organ(String.format("S%02d", p + 1), String.valueOf(4101 + p), CITIES[p] + "市数据管理局", share));
        }
        return organs;
    }
}
