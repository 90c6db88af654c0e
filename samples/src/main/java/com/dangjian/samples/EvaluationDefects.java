package com.dangjian.samples;

/**
 * The dirt of S5's rows: how each defect bends a row of a 述职评议, 党建考核 or 民主评议 sheet as it is written,
 * and the manifest's line naming it.
 */
final class EvaluationDefects {

    static final String[] UNKNOWN_GRADES = {"良好", "称职", "A"};
    private static final String SOURCE = EvaluationWorkbooks.SOURCE;

    private final Department d;
    private final Dirt dirt;
    private final DirtManifest manifest;
    private int extras;

    EvaluationDefects(Department d, Dirt dirt, DirtManifest manifest) {
        this.d = d;
        this.dirt = dirt;
        this.manifest = manifest;
    }

    /**
     * Writes a row with its defect; returns rows written.
     * @param scoreCol column of 得分 (-1 none), {@code codeCol} of the code or period a defect may bend
     */
    int put(Workbook.SheetWriter s, String file, Object[] values, Defect defect, String key, int scoreCol, int codeCol,
            String next) {
        String sheet = s.name();
        if (defect == null) {
            s.row(values);
            return 1;
        }
        Object[] v = values.clone();
        switch (defect) {
            case UNKNOWN_ORG, UNKNOWN_MEMBER -> {
                return unknownReference(s, file, values, defect, key);
            }
            case UNKNOWN_CODE -> {
                v[codeCol] = UNKNOWN_GRADES[dirt.variant(key.hashCode(), 1, UNKNOWN_GRADES.length)];
                int r = s.row(v);
                manifest.row(SOURCE, file, sheet, r, defect, key, "等次 " + v[codeCol] + " is not in the list");
                return 1;
            }
            case DATE_SHAPE -> {
                String q = (String) v[1];
                v[1] = q.substring(0, 4) + "年第" + q.charAt(5) + "季度";
                int r = s.row(v);
                manifest.row(SOURCE, file, sheet, r, defect, key, "季度 written " + v[1]);
                return 1;
            }
            case FULL_WIDTH -> {
                v[scoreCol] = Dirt.fullWidth(String.valueOf(v[scoreCol]));
                int r = s.row(v);
                manifest.row(SOURCE, file, sheet, r, defect, key, "得分 as text in full-width digits: " + v[scoreCol]);
                return 1;
            }
            case TRAILING_SPACE -> {
                v[0] = v[0] + " ";
                int r = s.row(v);
                manifest.row(SOURCE, file, sheet, r, defect, key, "code followed by a space");
                return 1;
            }
            case DUPLICATE_ROW -> {
                s.row(values);
                int r = s.row(values);
                manifest.row(SOURCE, file, sheet, r, defect, key, "same row as row " + (r - 1));
                return 2;
            }
            case CORRECTED_LATER -> {
                return correctedLater(s, file, values, key, scoreCol, next);
            }
            default -> throw new IllegalStateException(defect.name());
        }
    }

    /** The row, then a copy of it under an organisation code or a member id the registry does not know; returns 2. */
    private int unknownReference(Workbook.SheetWriter s, String file, Object[] values, Defect defect, String key) {
        s.row(values);
        Object[] v = values.clone();
        String id = defect == Defect.UNKNOWN_ORG ? d.unknownOrgCode(200 + ++extras) : d.unknownMemberId(5000 + ++extras);
        v[0] = id;
        int r = s.row(v);
        manifest.row(SOURCE, file, s.name(), r, defect, id + key.substring(key.indexOf('+')), id + " is not in the registry");
        return 2;
    }

    /** The row with a wrong 得分 (and its 等次), which version {@code next} corrects; returns 1. */
    private int correctedLater(Workbook.SheetWriter s, String file, Object[] values, String key, int scoreCol, String next) {
        Object[] v = values.clone();
        double wrong = Math.round(((Double) v[scoreCol] - 7.5) * 10) / 10.0;
        v[scoreCol] = wrong;
        if (scoreCol == 3) {
            v[4] = EvaluationWorkbooks.grade(wrong);
        }
        int r = s.row(v);
        manifest.row(SOURCE, file, s.name(), r, Defect.CORRECTED_LATER, key,
                "得分 " + wrong + " corrected to " + values[scoreCol] + " in " + next);
        return 1;
    }
}
