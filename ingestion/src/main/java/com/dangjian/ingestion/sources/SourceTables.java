package com.dangjian.ingestion.sources;

import static com.dangjian.ingestion.files.FileTable.oneOf;
import static com.dangjian.ingestion.files.FileTable.required;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;

import com.dangjian.contracts.bronze.BronzeSchemas;
import com.dangjian.contracts.bronze.BronzeTable;
import com.dangjian.contracts.bronze.SourceCodes;
import com.dangjian.ingestion.files.Encodings;
import com.dangjian.ingestion.files.FileTable;
import com.dangjian.ingestion.files.Normalise;
import com.dangjian.ingestion.files.Plausible;
import com.dangjian.ingestion.files.SourceRow;

/**
 * The file sources S3–S6 of sources.md: folders, file names, charsets, sheets, headers (with the aliases seen
 * when a sender renames a column) and how each row is conformed. Codes are checked against the contract's
 * lists; organisation and member codes are checked against the registry later, in silver (they may be
 * unknown only "yet").
 */
public final class SourceTables {

    private SourceTables() {
    }

    private static final Pattern FILE_VERSION = Pattern.compile(".*-v(\\d+)\\.xlsx$");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*月?");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})\\s*(?:Q|q|年第?)\\s*([1-4])\\s*季?度?");

    public static final FileTable DUES = new FileTable(BronzeTable.DUES, "dues", "dues-*.csv", null, Encodings.GB18030,
            columns("member_id", List.of("党员编号", "党员ID", "人员编号"),
                    "org_code", List.of("所在党组织编码", "党组织编码", "组织编码"),
                    "dues_month", List.of("缴费月份", "所属月份", "月份"),
                    "amount_due", List.of("应缴金额", "应缴党费", "应交金额"),
                    "amount_paid", List.of("实缴金额", "实缴党费", "实交金额"),
                    "paid_on", List.of("缴费日期", "交费日期", "缴纳日期"),
                    "pay_method", List.of("缴费方式", "支付方式", "交费方式")),
            Set.of(), (row, p) -> {
                GenericRecord r = record(BronzeSchemas.DUES, row);
                r.put("member_id", required(row, "member_id"));
                r.put("org_code", required(row, "org_code"));
                r.put("dues_month", epochDay(p.date("dues_month", month("dues_month", required(row, "dues_month")))));
                r.put("amount_due_fen", fen(Plausible.notNegative("amount_due", Normalise.amount("amount_due", required(row, "amount_due")))));
                r.put("amount_paid_fen", fen(Plausible.notNegative("amount_paid", Normalise.amount("amount_paid", row.get("amount_paid")))));
                r.put("paid_on", epochDay(p.date("paid_on", Normalise.date("paid_on", row.get("paid_on")))));
                r.put("pay_method", oneOf("pay_method", Normalise.text(row.get("pay_method")), SourceCodes.PAY_METHODS));
                return r;
            });

    public static final FileTable STUDY = new FileTable(BronzeTable.STUDY, "study", "study-*.csv", null, StandardCharsets.UTF_8,
            columns("member_id", List.of("member_id", "memberid", "党员编号"),
                    "study_date", List.of("study_date", "date", "学习日期"),
                    "minutes", List.of("minutes", "study_minutes", "学习时长"),
                    "points", List.of("points", "score", "积分"),
                    "course_type", List.of("course_type", "type", "课程类型")),
            Set.of(), (row, p) -> {
                GenericRecord r = record(BronzeSchemas.STUDY, row);
                r.put("member_id", required(row, "member_id"));
                r.put("study_date", epochDay(p.date("study_date", Normalise.date("study_date", required(row, "study_date")))));
                int minutes = Normalise.integer("minutes", required(row, "minutes"));
                if (minutes < 0 || minutes > 24 * 60) {
                    throw new Normalise.InvalidValue("minutes", row.get("minutes"), "is not between 0 and 1440");
                }
                r.put("minutes", minutes);
                r.put("points", Plausible.notNegative("points", Normalise.number("points", row.get("points"))));
                r.put("course_type", oneOf("course_type", required(row, "course_type").toUpperCase(java.util.Locale.ROOT), SourceCodes.COURSE_TYPES));
                return r;
            });

    public static final FileTable SECRETARY_REVIEW = new FileTable(BronzeTable.SECRETARY_REVIEW, "evaluations",
            "evaluations-*.xlsx", "述职评议", null,
            columns("org_code", List.of("党组织编码", "组织编码"),
                    "year", List.of("年度", "年份"),
                    "secretary_member_id", List.of("书记党员编号", "书记编号"),
                    "score", List.of("得分", "分数"),
                    "grade", List.of("等次", "等级")),
            Set.of(), (row, p) -> {
                GenericRecord r = record(BronzeSchemas.SECRETARY_REVIEW, row);
                r.put("org_code", required(row, "org_code"));
                r.put("year", p.year("year", Normalise.integer("year", required(row, "year").replace("年", ""))));
                r.put("secretary_member_id", Normalise.text(row.get("secretary_member_id")));
                r.put("score", score(required(row, "score")));
                r.put("grade", oneOf("grade", Normalise.text(row.get("grade")), SourceCodes.SECRETARY_GRADES));
                r.put("file_version", version(row.file()));
                return r;
            });

    public static final FileTable PARTY_BUILDING_ASSESSMENT = new FileTable(BronzeTable.PARTY_BUILDING_ASSESSMENT,
            "evaluations", "evaluations-*.xlsx", "党建考核", null,
            columns("org_code", List.of("党组织编码", "组织编码"),
                    "quarter", List.of("季度", "考核季度"),
                    "score", List.of("得分", "分数")),
            Set.of(), (row, p) -> {
                GenericRecord r = record(BronzeSchemas.PARTY_BUILDING_ASSESSMENT, row);
                r.put("org_code", required(row, "org_code"));
                r.put("quarter_start", epochDay(p.date("quarter", quarter(required(row, "quarter")))));
                r.put("score", score(required(row, "score")));
                r.put("file_version", version(row.file()));
                return r;
            });

    public static final FileTable MEMBER_REVIEW = new FileTable(BronzeTable.MEMBER_REVIEW, "evaluations",
            "evaluations-*.xlsx", "民主评议", null,
            columns("member_id", List.of("党员编号", "党员ID"),
                    "year", List.of("年度", "年份"),
                    "grade", List.of("等次", "等级", "评议等次")),
            Set.of(), (row, p) -> {
                GenericRecord r = record(BronzeSchemas.MEMBER_REVIEW, row);
                r.put("member_id", required(row, "member_id"));
                r.put("year", p.year("year", Normalise.integer("year", required(row, "year").replace("年", ""))));
                r.put("grade", oneOf("grade", required(row, "grade"), SourceCodes.MEMBER_GRADES));
                r.put("file_version", version(row.file()));
                return r;
            });

    public static final FileTable RECTIFICATION = new FileTable(BronzeTable.RECTIFICATION_ITEM, "rectification",
            "rectification*.xlsx", "台账", null,
            columns("item_id", List.of("问题编号", "编号"),
                    "org_code", List.of("党组织编码", "组织编码"),
                    "found_on", List.of("发现日期", "发现时间"),
                    "origin", List.of("问题来源", "来源"),
                    "category", List.of("问题类别", "类别"),
                    "description", List.of("问题描述", "问题"),
                    "responsible_department", List.of("责任部门", "责任单位"),
                    "deadline", List.of("整改时限", "整改期限"),
                    "completed_on", List.of("完成日期", "整改完成日期"),
                    "status", List.of("状态", "整改状态")),
            Set.of("description"), (row, p) -> {
                GenericRecord r = record(BronzeSchemas.RECTIFICATION_ITEM, row);
                r.put("item_id", required(row, "item_id"));
                r.put("org_code", required(row, "org_code"));
                r.put("found_on", epochDay(p.date("found_on", Normalise.date("found_on", required(row, "found_on")))));
                r.put("origin", oneOf("origin", Normalise.text(row.get("origin")), SourceCodes.LEDGER_ORIGINS));
                r.put("category", oneOf("category", Normalise.text(row.get("category")), SourceCodes.LEDGER_CATEGORIES));
                r.put("description", Normalise.text(row.get("description")));
                r.put("responsible_department", Normalise.text(row.get("responsible_department")));
                r.put("deadline", epochDay(Normalise.date("deadline", required(row, "deadline"))));
                r.put("completed_on", epochDay(p.date("completed_on", Normalise.date("completed_on", row.get("completed_on")))));
                r.put("status", oneOf("status", required(row, "status"), SourceCodes.LEDGER_STATUSES));
                return r;
            });

    public static final List<FileTable> ALL = List.of(DUES, STUDY, SECRETARY_REVIEW, PARTY_BUILDING_ASSESSMENT,
            MEMBER_REVIEW, RECTIFICATION);

    /** "-v3" in evaluations-2024-v3.xlsx; 1 without a suffix. */
    public static int version(String fileName) {
        Matcher m = FILE_VERSION.matcher(fileName);
        return m.matches() ? Integer.parseInt(m.group(1)) : 1;
    }

    static LocalDate month(String field, String raw) {
        Matcher m = MONTH.matcher(Normalise.text(raw));
        if (!m.matches()) {
            throw new Normalise.InvalidValue(field, raw, "is not a month (YYYY-MM)");
        }
        int mm = Integer.parseInt(m.group(2));
        if (mm < 1 || mm > 12) {
            throw new Normalise.InvalidValue(field, raw, "is not a month (YYYY-MM)");
        }
        return LocalDate.of(Integer.parseInt(m.group(1)), mm, 1);
    }

    static LocalDate quarter(String raw) {
        Matcher m = QUARTER.matcher(Normalise.text(raw));
        if (!m.matches()) {
            throw new Normalise.InvalidValue("quarter", raw, "is not a quarter (2024Q1)");
        }
        return LocalDate.of(Integer.parseInt(m.group(1)), (Integer.parseInt(m.group(2)) - 1) * 3 + 1, 1);
    }

    static double score(String raw) {
        double v = Normalise.number("score", raw);
        if (v < 0 || v > 100) {
            throw new Normalise.InvalidValue("score", raw, "is not between 0 and 100");
        }
        return v;
    }

    private static GenericRecord record(Schema schema, SourceRow row) {
        GenericRecord r = new GenericData.Record(schema);
        r.put("source_file", row.file());
        r.put("source_line", row.number());
        return r;
    }

    private static Integer epochDay(LocalDate d) {
        return d == null ? null : (int) d.toEpochDay();
    }

    private static Long fen(BigDecimal yuan) {
        return yuan == null ? null : yuan.movePointRight(2).longValueExact();
    }

    private static Map<String, List<String>> columns(Object... pairs) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<String> names = (List<String>) pairs[i + 1];
            m.put((String) pairs[i], names);
        }
        return m;
    }
}
