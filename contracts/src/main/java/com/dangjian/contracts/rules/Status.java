package com.dangjian.contracts.rules;

/** A rule result's status (rules.md "Result"). */
public enum Status {
    PASS, FAIL, NOT_APPLICABLE
}
