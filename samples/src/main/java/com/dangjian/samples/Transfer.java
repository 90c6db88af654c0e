package com.dangjian.samples;

import java.time.LocalDate;

/** A row of {@code member_transfer}: null {@code fromOrg} = came from outside, null {@code toOrg} = left. */
public record Transfer(String id, String memberId, String fromOrg, String toOrg, LocalDate effectiveOn) {
}
