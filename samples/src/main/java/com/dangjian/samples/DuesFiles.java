package com.dangjian.samples;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * S3: {@code inbox/dues/dues-YYYYMM.csv}, GB18030, CRLF (Excel on a Chinese desktop), a Chinese header. The file
 * for month M is closed on M's last day (the as-of day for the current month) and holds every member's row for
 * M, paid or not yet, followed by the rows of earlier months paid during M (a later file repeating a row with the
 * payment filled in; several months paid at once share a 缴费日期).
 */
final class DuesFiles {

    static final String SOURCE = "dues";
    static final String HEADER = "党员编号,所在党组织编码,缴费月份,应缴金额,实缴金额,缴费日期,缴费方式";
    static final Charset GB18030 = Charset.forName("GB18030");
    static final String[] WAYS = {"线上", "现金", "转账"};
    static final String[] UNKNOWN_WAYS = {"微信", "支付宝", "代扣"};

    private final Department d;
    private final Dirt dirt;
    private final DirtManifest manifest;
    private final Tally tally;
    private final Path folder;
    /** Rows of this file sent with a wrong amount, to be sent again corrected in the next one: member index, month. */
    private List<int[]> corrections = new ArrayList<>();
    private int extras;

    DuesFiles(Department d, Dirt dirt, DirtManifest manifest, Tally tally, Path inbox) {
        this.d = d;
        this.dirt = dirt;
        this.manifest = manifest;
        this.tally = tally;
        this.folder = inbox.resolve(SOURCE);
    }

    static String fileName(YearMonth m) {
        return String.format("dues-%d%02d.csv", m.getYear(), m.getMonthValue());
    }

    void writeHistory(Progress progress) {
        History h = d.history;
        for (int k = 0; k < h.months(); k++) {
            write(k, h.lastShownDay(h.month(k)), k + 1 < h.months());
            progress.step(SOURCE, k + 1, h.months());
        }
    }

    /** The file of history month {@code k} as closed on {@code closedOn}. */
    String write(int k, LocalDate closedOn, boolean anotherFollows) {
        YearMonth m = d.history.month(k);
        String name = fileName(m);
        int forced = Math.min(1, d.history.months() - 1);
        boolean wrong = dirt.file(SOURCE, Defect.WRONG_ENCODING, k, forced);
        boolean bom = wrong && dirt.variant(k, 11, 2) == 0;
        long rows = 0;
        List<int[]> next = new ArrayList<>();
        try (TextFile f = new TextFile(folder.resolve(name), wrong ? StandardCharsets.UTF_8 : GB18030, bom, "\r\n")) {
            if (wrong) {
                manifest.file(SOURCE, name, null, Defect.WRONG_ENCODING,
                        "saved as UTF-8" + (bom ? " with a byte-order mark" : "") + " instead of GB18030");
            }
            f.line(HEADER);
            rows += monthRows(f, k, closedOn, anotherFollows, next);
            // earlier months paid during this one, and rows corrected since the last file
            Set<Long> done = new HashSet<>();
            rows += corrected(f, closedOn, done);
            rows += paidLate(f, k, closedOn, done);
            if (dirt.file(SOURCE, Defect.TRUNCATED_LINE, k, forced + 1)) {
                truncatedLine(f, k);
                rows++;
            }
        }
        corrections = next;
        tally.add("dues/dues", rows);
        return name;
    }

    /** Every member's row for month {@code k}, paid by {@code closedOn} or not yet, each with its defect; returns rows. */
    private long monthRows(TextFile f, int k, LocalDate closedOn, boolean anotherFollows, List<int[]> next) {
        long rows = 0;
        int closed = Member.day(closedOn);
        int row = 0;
        for (Member x : d.members) {
            int org = x.orgOn(closed);
            if (org < 0) {
                continue;
            }
            List<Defect> fits = new ArrayList<>(List.of(Defect.UNKNOWN_ORG, Defect.UNKNOWN_MEMBER, Defect.FULL_WIDTH,
                    Defect.TRAILING_SPACE, Defect.BLANK_LINE, Defect.DUPLICATE_ROW));
            LocalDate paid = payDay(x, k);
            boolean isPaid = paid != null && !paid.isAfter(closedOn);
            if (isPaid) {
                fits.add(Defect.DATE_SHAPE);
                fits.add(Defect.UNKNOWN_CODE);
            }
            if (anotherFollows) {
                fits.add(Defect.CORRECTED_LATER);
            }
            Defect defect = dirt.row(SOURCE, k, row++, fits);
            rows += write(f, x, d.orgs.get(org).code, k, isPaid ? paid : null, defect, next);
        }
        return rows;
    }

    /** The rows the last file sent with a wrong amount, sent again right; notes each in {@code done}; returns rows. */
    private long corrected(TextFile f, LocalDate closedOn, Set<Long> done) {
        long rows = 0;
        for (int[] c : corrections) {
            Member x = d.members.get(c[0]);
            done.add(c[0] * 1000L + c[1]);
            LocalDate paid = payDay(x, c[1]);
            int org = x.orgOn(Member.day(d.history.lastShownDay(d.history.month(c[1]))));
            f.line(row(x, d.orgs.get(org).code, c[1], paid != null && !paid.isAfter(closedOn) ? paid : null, false));
            rows++;
        }
        return rows;
    }

    /** Rows of the fourteen months before {@code k} paid late, since the last file closed (but those in {@code done}). */
    private long paidLate(TextFile f, int k, LocalDate closedOn, Set<Long> done) {
        long rows = 0;
        int closed = Member.day(closedOn);
        int opened = k == 0 ? Integer.MIN_VALUE : Member.day(d.history.lastShownDay(d.history.month(k - 1)));
        for (Member x : d.members) {
            for (int j = Math.max(0, k - 14); j < k; j++) {
                LocalDate paid = payDay(x, j);
                if (paid == null || Member.day(paid) <= opened || Member.day(paid) > closed || done.contains(x.index * 1000L + j)) {
                    continue;
                }
                int org = x.orgOn(Member.day(d.history.lastShownDay(d.history.month(j))));
                if (org >= 0 && Member.day(paid) > Member.day(d.history.month(j), true)) {
                    f.line(row(x, d.orgs.get(org).code, j, paid, false));
                    rows++;
                }
            }
        }
        return rows;
    }

    /** A last line cut short, without its line end (TRUNCATED_LINE). */
    private void truncatedLine(TextFile f, int k) {
        Member x = d.members.get(0);
        String line = row(x, d.orgs.get(x.last().org()).code, k, null, false);
        int n = f.unterminated(line.substring(0, line.indexOf(',', line.indexOf(',') + 1) + 4));
        manifest.line(SOURCE, f.name(), n, Defect.TRUNCATED_LINE, x.id + "+" + month(k), "last line cut after 缴费月份's first characters");
    }

    private int write(TextFile f, Member x, String org, int k, LocalDate paid, Defect defect, List<int[]> next) {
        String key = x.id + "+" + month(k);
        String name = f.name();
        if (defect == null) {
            f.line(row(x, org, k, paid, false));
            return 1;
        }
        String row = row(x, org, k, paid, false);
        switch (defect) {
            case UNKNOWN_ORG, UNKNOWN_MEMBER -> {
                return unknownReference(f, x, org, k, row, defect);
            }
            case UNKNOWN_CODE -> {
                String way = UNKNOWN_WAYS[dirt.variant(x.index, k, UNKNOWN_WAYS.length)];
                int line = f.line(row.substring(0, row.lastIndexOf(',') + 1) + way);
                manifest.line(SOURCE, name, line, defect, key, "缴费方式 " + way + " is not 线上/现金/转账");
                return 1;
            }
            case DATE_SHAPE -> {
                String[] c = row.split(",", -1);
                c[5] = Dirt.dateShape(paid, dirt.variant(x.index, k, 2));
                int line = f.line(String.join(",", c));
                manifest.line(SOURCE, name, line, defect, key, "缴费日期 " + c[5]);
                return 1;
            }
            case FULL_WIDTH -> {
                return fullWidth(f, x, k, row, key);
            }
            case TRAILING_SPACE -> {
                int line = f.line(row.replaceFirst("^" + x.id + ",", x.id + "   ,"));
                manifest.line(SOURCE, name, line, defect, key, "党员编号 followed by spaces");
                return 1;
            }
            case BLANK_LINE -> {
                return f.blankLineThen(row, manifest, SOURCE, "empty line");
            }
            case DUPLICATE_ROW -> {
                return f.twice(row, manifest, SOURCE, key, "row");
            }
            case CORRECTED_LATER -> {
                int line = f.line(row(x, org, k, paid, true));
                next.add(new int[]{x.index, k});
                manifest.line(SOURCE, name, line, defect, key, "应缴金额 wrong (old rate), corrected in "
                        + fileName(d.history.month(k + 1)));
                return 1;
            }
            default -> throw new IllegalStateException(defect.name());
        }
    }

    /** The row, then a copy of it under an organisation code or a member id the registry does not know; returns 2. */
    private int unknownReference(TextFile f, Member x, String org, int k, String row, Defect defect) {
        f.line(row);
        boolean byOrg = defect == Defect.UNKNOWN_ORG;
        String otherOrg = byOrg ? d.unknownOrgCode(++extras) : org;
        String otherId = byOrg ? x.id : d.unknownMemberId(++extras);
        String extra = row.replaceFirst("^" + x.id + "," + org + ",", otherId + "," + otherOrg + ",");
        int line = f.line(extra);
        manifest.line(SOURCE, f.name(), line, defect, otherId + "+" + month(k),
                byOrg ? "所在党组织编码 " + otherOrg + " is not in the registry" : "党员编号 " + otherId + " is not in the registry");
        return 2;
    }

    /** The row with a full-width comma after 党员编号 or 应缴金额 in full-width digits; returns 1. */
    private int fullWidth(TextFile f, Member x, int k, String row, String key) {
        String[] c = row.split(",", -1);
        boolean comma = dirt.variant(x.index, k, 2) == 0;
        String text = comma ? c[0] + "，" + String.join(",", java.util.Arrays.copyOfRange(c, 1, c.length))
                : String.join(",", c[0], c[1], c[2], Dirt.fullWidth(c[3]), c[4], c[5], c[6]);
        int line = f.line(text);
        manifest.line(SOURCE, f.name(), line, Defect.FULL_WIDTH, key, comma ? "full-width comma after 党员编号" : "应缴金额 in full-width digits");
        return 1;
    }

    private String row(Member x, String org, int k, LocalDate paid, boolean wrongAmount) {
        long due = dueFen(x, k);
        if (wrongAmount) {
            due = due * 2 / 3 + 1;
        }
        String way = paid == null ? "" : way(x, k, paid);
        return x.id + "," + org + "," + month(k) + "," + DuesRate.yuan(due) + "," + (paid == null ? "0.00" : DuesRate.yuan(due))
                + "," + (paid == null ? "" : paid.toString()) + "," + way;
    }

    /** Most pay online; retirees often in cash to their group leader. */
    private String way(Member x, int k, LocalDate paid) {
        int u = Rng.below(d.seed, Rng.PAY_WAY, x.index, k, 10);
        if (x.isRetiredOn(paid)) {
            return u < 4 ? WAYS[0] : u < 9 ? WAYS[1] : WAYS[2];
        }
        return u < 7 ? WAYS[0] : u < 8 ? WAYS[1] : WAYS[2];
    }

    private String month(int k) {
        return d.history.month(k).toString();
    }

    /** Monthly income: salary rising 3% a year, a pension of 72% of it after retirement (2% a year). */
    long dueFen(Member x, int k) {
        YearMonth m = d.history.month(k);
        int years = k / 12;
        boolean retired = x.isRetiredOn(m.atEndOfMonth());
        double income;
        if (x.retiredAtStart) {
            income = x.salary * Math.pow(1.02, years);
        } else if (retired) {
            income = x.salary * Math.pow(1.03, years) * 0.72;
        } else {
            income = x.salary * Math.pow(1.03, years);
        }
        return DuesRate.fen((int) income, retired);
    }

    /**
     * When the dues of month {@code k} are paid (null: not in the sample's time). Monthly payers pay within the
     * month, quarterly payers the quarter at once in its last month, late payers the next month; an unpaid stretch
     * is settled all at once later.
     */
    LocalDate payDay(Member x, int k) {
        YearMonth m = d.history.month(k);
        int dom = 1 + Rng.below(d.seed, Rng.PAY_DAY, x.index, k, 25);
        if (x.inArrears(k)) {
            YearMonth settle = d.history.month(x.arrearsSettle);
            return settle.atDay(Math.min(settle.lengthOfMonth(), 5 + dom % 20));
        }
        Org o = d.orgs.get(Math.max(0, x.orgOn(Member.day(m, true))));
        double lateChance = o.profile == Profile.LAX ? 0.12 : o.profile == Profile.CHRONIC_ARREARS ? 0.1
                : o.profile == Profile.EXEMPLARY ? 0.01 : 0.03;
        if (Rng.unit(d.seed, Rng.PAY_DAY, x.index, k + 10_000) < lateChance) {
            return m.plusMonths(1).atDay(dom);
        }
        // An exemplary branch collects dues every month, whatever its members' own habit.
        int style = o.profile == Profile.EXEMPLARY ? 0 : x.payStyle;
        return switch (style) {
            case 1 -> {
                YearMonth last = m.plusMonths(2 - (m.getMonthValue() - 1) % 3);
                yield last.atDay(Math.min(20, dom));
            }
            case 2 -> m.plusMonths(1).atDay(Math.min(20, dom));
            default -> m.atDay(dom);
        };
    }
}
