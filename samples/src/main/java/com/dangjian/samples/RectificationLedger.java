package com.dangjian.samples;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * S6: {@code inbox/rectification/rectification.xlsx}, one sheet 台账, re-sent whole (a snapshot). Items come from
 * inspections (巡察, 督查, 上级检查) and self-checks, more for lax branches; exemplary branches complete on time,
 * lax ones late or never. Items are generated independently of the snapshot day, so the ledger of a later night
 * is the same ledger, further along.
 */
final class RectificationLedger {

    static final String SOURCE = "rectification";
    static final String FILE = "rectification.xlsx";
    static final String SHEET = "台账";
    static final List<String> HEADER = List.of("问题编号", "党组织编码", "发现日期", "问题来源", "问题类别", "问题描述", "责任部门", "责任人",
            "整改时限", "完成日期", "状态");
    static final String[] ORIGINS = {"巡察", "督查", "督查", "自查", "自查", "上级检查"};
    static final String[] KINDS = {"理论武装", "组织生活", "纪律作风", "制度执行", "其他"};
    static final String[][] TEXTS = {
            {"理论学习中心组学习不深入", "学习计划落实不到位", "学习记录不完整"},
            {"“三会一课”记录不规范", "主题党日活动流于形式", "组织生活会批评与自我批评不够深入", "支委会未按月召开"},
            {"个别党员纪律意识淡薄", "作风建设存在薄弱环节", "考勤制度执行不严"},
            {"党费收缴不及时", "发展党员程序不规范", "换届选举未按期进行", "档案资料管理不规范"},
            {"阵地建设不达标", "党建信息化平台使用不充分"}};
    static final String[] UNKNOWN_ORIGINS = {"审计", "信访"};

    record Item(String id, Org org, LocalDate found, String origin, String kind, String text, LocalDate deadline,
                LocalDate completed) {
    }

    private final Department d;
    private final Dirt dirt;
    private final DirtManifest manifest;
    private final Tally tally;
    private final Path folder;

    RectificationLedger(Department d, Dirt dirt, DirtManifest manifest, Tally tally, Path inbox) {
        this.d = d;
        this.dirt = dirt;
        this.manifest = manifest;
        this.tally = tally;
        this.folder = inbox.resolve(SOURCE);
    }

    /** Every item of the history and the year after it, numbered ZG-YYYY-NNNN by finding date. */
    List<Item> items() {
        List<Item> raw = new ArrayList<>();
        for (Org o : d.branches()) {
            for (int y = d.history.start().getYear(); y <= d.history.asOf().getYear() + 1; y++) {
                SplittableRandom r = Rng.stream(d.seed, Rng.LEDGER, o.index * 10_000L + y);
                double diligence = o.profile.diligence(d.history.progress(YearMonth.of(y, 6)));
                for (int k = 0; k < 4; k++) {
                    if (r.nextDouble() >= 0.12 + 0.55 * (1 - diligence)) {
                        continue;
                    }
                    LocalDate found = LocalDate.of(y, 1, 1).plusDays(r.nextInt(365));
                    if (!o.existsOn(found) || found.isBefore(d.history.start())) {
                        continue;
                    }
                    int kind = o.profile == Profile.LAX && r.nextDouble() < 0.5 ? 1 : r.nextInt(KINDS.length);
                    String text = TEXTS[kind][r.nextInt(TEXTS[kind].length)];
                    LocalDate deadline = found.plusDays(30L * (1 + r.nextInt(3)));
                    double t = d.history.progress(YearMonth.from(found));
                    LocalDate completed;
                    if (r.nextDouble() < o.profile.rectificationOnTime(t)) {
                        completed = found.plusDays(3 + r.nextInt((int) (deadline.toEpochDay() - found.toEpochDay()) - 2));
                    } else {
                        completed = r.nextDouble() < 0.75 ? deadline.plusDays(3 + r.nextInt(150)) : null;
                    }
                    raw.add(new Item(null, o, found, ORIGINS[r.nextInt(ORIGINS.length)], KINDS[kind], text, deadline, completed));
                }
            }
        }
        raw.sort(Comparator.comparing(Item::found).thenComparingInt(i -> i.org().index));
        List<Item> out = new ArrayList<>(raw.size());
        int year = 0;
        int n = 0;
        for (Item i : raw) {
            if (i.found().getYear() != year) {
                year = i.found().getYear();
                n = 0;
            }
            out.add(new Item(String.format("ZG-%d-%04d", year, ++n), i.org(), i.found(), i.origin(), i.kind(), i.text(),
                    i.deadline(), i.completed()));
        }
        return out;
    }

    /** Writes the ledger as it stands on {@code snapshot}. */
    String write(LocalDate snapshot, int fileIndex) {
        long rows = 0;
        try (Workbook wb = new Workbook()) {
            Workbook.SheetWriter s = wb.sheet(SHEET);
            if (dirt.file(SOURCE, Defect.MERGED_HEADER, fileIndex, 0)) {
                s.title("问题整改台账（截至" + snapshot.getYear() + "年" + snapshot.getMonthValue() + "月" + snapshot.getDayOfMonth() + "日）",
                        HEADER.size());
                manifest.file(SOURCE, FILE, SHEET, Defect.MERGED_HEADER, "a title row merged across A:K above the header");
            }
            s.header(HEADER);
            // An item's defect is chosen by the item (its place in the ledger), not by the night's file: the ledger is
            // re-sent whole every night, and a real export repeats yesterday's rows as they were — a defect that
            // moved to other items each night would look like old items corrected every night.
            long item = -1;
            for (Item i : items()) {
                item++;
                if (i.found().isAfter(snapshot)) {
                    continue;
                }
                boolean done = i.completed() != null && !i.completed().isAfter(snapshot);
                String status = done ? "已完成" : i.deadline().isBefore(snapshot) ? "逾期" : "整改中";
                Member secretary = d.byId.get(i.org().secretaryId);
                Object[] v = {i.id(), i.org().code, i.found(), i.origin(), i.kind(), i.text(), i.org().department,
                        secretary == null ? "" : secretary.name, i.deadline(), done ? i.completed() : null, status};
                Defect defect = dirt.row(SOURCE, 0, item, List.of(Defect.UNKNOWN_ORG, Defect.UNKNOWN_CODE,
                        Defect.DATE_SHAPE, Defect.TRAILING_SPACE, Defect.DUPLICATE_ROW));
                rows += put(s, v, defect, i);
            }
            wb.save(folder.resolve(FILE), snapshot.atTime(18, 0));
        }
        tally.add("rectification/" + SHEET, rows);
        return FILE;
    }

    private int put(Workbook.SheetWriter s, Object[] v, Defect defect, Item i) {
        if (defect == null) {
            s.row(v);
            return 1;
        }
        Object[] w = v.clone();
        String key = i.id();
        switch (defect) {
            case UNKNOWN_ORG -> {
                s.row(v);
                String org = d.unknownOrgCode(300 + (int) (i.found().toEpochDay() % 97));
                w[0] = i.id().replace("ZG-", "ZG-X");
                w[1] = org;
                int r = s.row(w);
                manifest.row(SOURCE, FILE, SHEET, r, defect, (String) w[0], "党组织编码 " + org + " is not in the registry");
                return 2;
            }
            case UNKNOWN_CODE -> {
                w[3] = UNKNOWN_ORIGINS[dirt.variant(i.found().toEpochDay(), 7, UNKNOWN_ORIGINS.length)];
                int r = s.row(w);
                manifest.row(SOURCE, FILE, SHEET, r, defect, key, "问题来源 " + w[3] + " is not in the list");
                return 1;
            }
            case DATE_SHAPE -> {
                w[2] = Dirt.dateShape(i.found(), dirt.variant(i.found().toEpochDay(), 8, 2));
                int r = s.row(w);
                manifest.row(SOURCE, FILE, SHEET, r, defect, key, "发现日期 typed as text " + w[2]);
                return 1;
            }
            case TRAILING_SPACE -> {
                w[1] = w[1] + "  ";
                int r = s.row(w);
                manifest.row(SOURCE, FILE, SHEET, r, defect, key, "党组织编码 followed by spaces");
                return 1;
            }
            case DUPLICATE_ROW -> {
                s.row(v);
                int r = s.row(v);
                manifest.row(SOURCE, FILE, SHEET, r, defect, key, "same row as row " + (r - 1));
                return 2;
            }
            default -> throw new IllegalStateException(defect.name());
        }
    }
}
