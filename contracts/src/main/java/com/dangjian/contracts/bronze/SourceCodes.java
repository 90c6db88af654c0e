package com.dangjian.contracts.bronze;

import java.util.Set;

/**
 * The closed lists of codes the sources' contract allows (sources.md): a row with another code is rejected at
 * ingestion; the sample generator injects codes outside them as dirt.
 */
public final class SourceCodes {

    private SourceCodes() {
    }

    /** S2 meeting types. */
    public static final Set<String> MEETING_TYPES = Set.of("BRANCH_ASSEMBLY", "COMMITTEE", "GROUP", "LECTURE", "THEME_DAY",
            "ORG_LIFE", "DEMOCRATIC_REVIEW", "TALK", "VOLUNTEER", "CONTACT_VISIT");
    /** S3 缴费方式. */
    public static final Set<String> PAY_METHODS = Set.of("线上", "现金", "转账");
    /** S4 course types. */
    public static final Set<String> COURSE_TYPES = Set.of("THEORY", "POLICY", "SPECIAL", "OTHER");
    /** S5 述职评议 等次. */
    public static final Set<String> SECRETARY_GRADES = Set.of("好", "较好", "一般", "差");
    /** S5 民主评议 等次. */
    public static final Set<String> MEMBER_GRADES = Set.of("优秀", "合格", "基本合格", "不合格");
    /** S6 问题来源, 问题类别, 状态. */
    public static final Set<String> LEDGER_ORIGINS = Set.of("巡察", "督查", "自查", "上级检查");
    public static final Set<String> LEDGER_CATEGORIES = Set.of("理论武装", "组织生活", "纪律作风", "制度执行", "其他");
    public static final Set<String> LEDGER_STATUSES = Set.of("整改中", "已完成", "逾期");
}
