package com.dangjian.contracts.gold;

/**
 * One column of a gold table: its name, its ClickHouse type as the migrations write it ("Nullable(Float64)",
 * "DateTime('Asia/Shanghai')", "UInt32" …), its meaning in Chinese and English, and for numbers the read side
 * shows rounded, the decimals (null otherwise).
 */
public record GoldColumn(String name, String clickHouseType, String zh, String en, Integer decimals) {

    public boolean nullable() {
        return clickHouseType.startsWith("Nullable(");
    }

    /** The type without Nullable(…): String, Date, DateTime('Asia/Shanghai'), Float64, Int32, Int64, UInt8, UInt32. */
    public String baseType() {
        return nullable() ? clickHouseType.substring("Nullable(".length(), clickHouseType.length() - 1) : clickHouseType;
    }

    /** Stamped by the night on every row (which run, when), not computed by a rule. */
    public boolean stamp() {
        return name.equals("run_id") || name.equals("computed_at");
    }
}
