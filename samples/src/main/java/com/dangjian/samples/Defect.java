package com.dangjian.samples;

/**
 * The classes of dirt sources.md says really arrive, each with what a correct pipeline does with it. The choice
 * of expectation is the contract ingestion tests assert against (docs/generator.md lists where each occurs):
 * <ul>
 * <li>REJECTED: the record cannot be trusted; it goes to the reject store with file, line or row and reason.</li>
 * <li>REPAIRED: normalisation recovers the intended value (NFKC for full-width characters, trimming, the other
 *     date shapes, the other charset, the header found under its title row or by a known alias).</li>
 * <li>DEDUPLICATED: the record is a repeat, or an earlier version of a record sent again later; the latest wins.</li>
 * </ul>
 */
public enum Defect {
    /** A JSON Lines line that does not parse. */
    INVALID_JSON(Expect.REJECTED),
    /** An org_code the registry does not know (yet). */
    UNKNOWN_ORG(Expect.REJECTED),
    /** A member_id the registry does not know (yet). */
    UNKNOWN_MEMBER(Expect.REJECTED),
    /** A code outside its list: meeting type, 缴费方式, course_type, 等次, 问题来源, 状态. */
    UNKNOWN_CODE(Expect.REJECTED),
    /** A date (or quarter) in another shape: 2024/3/5, 2024年3月5日, 2024年第1季度. */
    DATE_SHAPE(Expect.REPAIRED),
    /** Full-width digits or a full-width comma (１２, ，) where ASCII was meant. */
    FULL_WIDTH(Expect.REPAIRED),
    /** Spaces after a code or id. */
    TRAILING_SPACE(Expect.REPAIRED),
    /** An empty line: not a record, skipped (counted neither loaded nor rejected). */
    BLANK_LINE(Expect.REPAIRED),
    /** A CSV saved in UTF-8 where GB18030 was promised, or the reverse: the reader detects and decodes it. */
    WRONG_ENCODING(Expect.REPAIRED),
    /** The last line cut short (no line end, fields missing): that record is lost. */
    TRUNCATED_LINE(Expect.REJECTED),
    /** A sheet with a column the contract does not name (备注): ignored. */
    EXTRA_COLUMN(Expect.REPAIRED),
    /** A header spelled differently (分数 for 得分): mapped by alias. */
    RENAMED_COLUMN(Expect.REPAIRED),
    /** A merged title row above the header: the header is found below it. */
    MERGED_HEADER(Expect.REPAIRED),
    /** A sheet with its header and no data rows: reported, never read as "no evaluations". */
    EMPTY_SHEET(Expect.REJECTED),
    /** The same row twice. */
    DUPLICATE_ROW(Expect.DEDUPLICATED),
    /** A record sent with a wrong value and sent again, corrected, in a later file. */
    CORRECTED_LATER(Expect.DEDUPLICATED);

    public enum Expect { REJECTED, REPAIRED, DEDUPLICATED }

    private final Expect expect;

    Defect(Expect expect) {
        this.expect = expect;
    }

    public Expect expect() {
        return expect;
    }

    /** Whole-file or whole-sheet defects carry no line or row. */
    public boolean wholeFile() {
        return this == WRONG_ENCODING || this == EXTRA_COLUMN || this == RENAMED_COLUMN || this == MERGED_HEADER
                || this == EMPTY_SHEET;
    }
}
