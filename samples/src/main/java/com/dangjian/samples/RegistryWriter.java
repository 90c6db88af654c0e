package com.dangjian.samples;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import javax.sql.DataSource;

import com.dangjian.contracts.bronze.RegistrySchema;

/**
 * S1: the registry tables in any JDBC database (PostgreSQL, H2), created from the project's schema.sql when
 * absent, filled with batch inserts. The registry shows the state on the snapshot day; history lives in
 * member_transfer and the recruitment tables.
 */
final class RegistryWriter {

    static final String SOURCE = "registry";
    private static final int BATCH = 1000;

    private final DataSource ds;
    private final Department d;
    private final Tally tally;

    RegistryWriter(DataSource ds, Department d, Tally tally) {
        this.ds = ds;
        this.d = d;
        this.tally = tally;
    }

    /** Creates the tables unless they exist; refuses a registry that already holds rows. */
    void prepare(String url) {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM org_unit")) {
                r.next();
                if (r.getLong(1) > 0) {
                    throw new IllegalStateException("the registry at " + url + " already holds organisations: generate into an "
                            + "empty database (or use --next-night to continue the sample there)");
                }
                return;
            } catch (SQLException absent) {
                // no tables yet: create them below
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the registry at " + url + ": " + e.getMessage(), e);
        }
        RegistrySchema.create(ds);
    }

    void writeAll(LocalDate snapshot, Dirt dirt, DirtManifest manifest) {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            orgs(c);
            groups(c);
            members(c, d.members, snapshot);
            transfers(c, d.transfers);
            plans(c);
            events(c);
            dirtyMembers(c, snapshot, dirt, manifest);
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write the registry: " + e.getMessage(), e);
        }
    }

    private void orgs(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO org_unit (org_code, name, org_type, parent_code, department,"
                + " category, region, established_on, dissolved_on, committee_elected_on, term_years, secretary_member_id,"
                + " updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            int n = 0;
            for (Org o : d.orgs) {
                LocalDate changed = max(max(o.establishedOn, o.electedOn), o.dissolvedOn);
                ps.setString(1, o.code);
                ps.setString(2, o.name);
                ps.setString(3, o.type);
                ps.setString(4, o.parentCode);
                ps.setString(5, o.department);
                ps.setString(6, o.category);
                ps.setString(7, o.region);
                ps.setObject(8, o.establishedOn);
                ps.setObject(9, o.dissolvedOn);
                ps.setObject(10, o.electedOn);
                ps.setInt(11, o.termYears);
                ps.setString(12, o.secretaryId);
                ps.setObject(13, d.updatedAt(changed, o.index));
                n = add(ps, n);
            }
            ps.executeBatch();
            tally.add("registry/org_unit", d.orgs.size());
        }
    }

    private void groups(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO party_group (group_code, org_code, name, leader_member_id,"
                + " dissolved_on, updated_at) VALUES (?,?,?,?,?,?)")) {
            int n = 0;
            long rows = 0;
            for (Org o : d.orgs) {
                for (Org.PartyGroup g : o.groups) {
                    ps.setString(1, g.code());
                    ps.setString(2, o.code);
                    ps.setString(3, g.name());
                    ps.setString(4, g.leaderId());
                    ps.setObject(5, o.dissolvedOn);
                    ps.setObject(6, d.updatedAt(max(o.establishedOn, o.dissolvedOn), 50_000 + o.index * 10L + g.index()));
                    n = add(ps, n);
                    rows++;
                }
            }
            ps.executeBatch();
            tally.add("registry/party_group", rows);
        }
    }

    static final String MEMBER_INSERT = "INSERT INTO party_member (member_id, name, id_card_no, gender, birth_date, joined_on,"
            + " full_member_on, status, org_code, group_code, employment, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)";

    void members(Connection c, List<Member> members, LocalDate snapshot) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(MEMBER_INSERT)) {
            int n = 0;
            for (Member m : members) {
                bindMember(ps, m, snapshot);
                n = add(ps, n);
            }
            ps.executeBatch();
            tally.add("registry/party_member", members.size());
        }
    }

    /** Binds the registry's view of {@code m} on {@code snapshot}. */
    void bindMember(PreparedStatement ps, Member m, LocalDate snapshot) throws SQLException {
        int day = Member.day(snapshot);
        int org = m.orgOn(day);
        boolean left = org < 0;
        Member.Stint current = left ? m.last() : null;
        for (Member.Stint s : m.stints) {
            if (s.from() <= day && day < s.to()) {
                current = s;
            }
        }
        Org o = d.orgs.get(current.org());
        LocalDate full = m.isFullOn(snapshot) ? m.fullDue : null;
        ps.setString(1, m.id);
        ps.setString(2, m.name);
        ps.setString(3, m.idCardNo);
        ps.setString(4, String.valueOf(m.gender));
        ps.setObject(5, m.birthDate);
        ps.setObject(6, m.joinedOn);
        ps.setObject(7, full);
        ps.setString(8, m.statusOn(snapshot));
        ps.setString(9, o.code);
        ps.setString(10, left || current.group() < 0 ? null : o.groups.get(current.group()).code());
        ps.setString(11, m.isRetiredOn(snapshot) ? "RETIRED" : "EMPLOYED");
        ps.setObject(12, d.updatedAt(lastChange(m, snapshot), 100_000 + m.index));
    }

    static LocalDate lastChange(Member m, LocalDate snapshot) {
        LocalDate last = m.joinedOn;
        for (Member.Stint s : m.stints) {
            LocalDate from = LocalDate.ofEpochDay(s.from());
            if (!from.isAfter(snapshot)) {
                last = max(last, from);
            }
        }
        for (LocalDate x : new LocalDate[]{m.fullDue, m.retiredOn, m.leftOn}) {
            if (x != null && !x.isAfter(snapshot)) {
                last = max(last, x);
            }
        }
        return last;
    }

    void transfers(Connection c, List<Transfer> transfers) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO member_transfer (transfer_id, member_id, from_org_code,"
                + " to_org_code, effective_on, updated_at) VALUES (?,?,?,?,?,?)")) {
            int n = 0;
            for (Transfer t : transfers) {
                ps.setString(1, t.id());
                ps.setString(2, t.memberId());
                ps.setString(3, t.fromOrg());
                ps.setString(4, t.toOrg());
                ps.setObject(5, t.effectiveOn());
                ps.setObject(6, t.effectiveOn().atTime(16, 0).plusMinutes(Rng.below(d.seed, Rng.LIVES, t.id().hashCode(), 3, 120)));
                n = add(ps, n);
            }
            ps.executeBatch();
            tally.add("registry/member_transfer", transfers.size());
        }
    }

    private void plans(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO recruitment_plan (org_code, \"year\", planned, updated_at)"
                + " VALUES (?,?,?,?)")) {
            int n = 0;
            for (Recruitment.Plan p : d.plans) {
                ps.setString(1, p.orgCode());
                ps.setInt(2, p.year());
                ps.setInt(3, p.planned());
                LocalDateTime set = LocalDate.of(p.year(), 1, 20).atTime(10, 0);
                ps.setObject(4, set.isAfter(d.history.asOf().atTime(23, 0)) ? d.history.asOf().atTime(10, 0) : set);
                n = add(ps, n);
            }
            ps.executeBatch();
            tally.add("registry/recruitment_plan", d.plans.size());
        }
    }

    private void events(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO recruitment_event (event_id, candidate_id, org_code, stage,"
                + " stage_on, updated_at) VALUES (?,?,?,?,?,?)")) {
            int n = 0;
            for (Recruitment.Event e : d.events) {
                ps.setString(1, e.id());
                ps.setString(2, e.candidateId());
                ps.setString(3, e.orgCode());
                ps.setString(4, e.stage());
                ps.setObject(5, e.stageOn());
                ps.setObject(6, e.stageOn().atTime(15, 30));
                n = add(ps, n);
            }
            ps.executeBatch();
            tally.add("registry/recruitment_event", d.events.size());
        }
    }

    /** Registry dirt: extra member rows pointing at an unknown branch, or with a status outside the list. */
    private void dirtyMembers(Connection c, LocalDate snapshot, Dirt dirt, DirtManifest manifest) throws SQLException {
        if (!dirt.enabled()) {
            return;
        }
        long extra = Math.round(d.members.size() * 0.0004);
        try (PreparedStatement ps = c.prepareStatement(MEMBER_INSERT)) {
            for (int i = 0; i < 2 + extra; i++) {
                Member model = d.members.get(i % d.members.size());
                boolean unknownOrg = i % 2 == 0;
                String id = String.format("P8%06d", i + 1);
                bindMember(ps, model, snapshot);
                ps.setString(1, id);
                ps.setString(10, null);
                if (unknownOrg) {
                    String org = d.unknownOrgCode(700 + i);
                    ps.setString(9, org);
                    manifest.record(SOURCE, "party_member", Defect.UNKNOWN_ORG, id, "org_code " + org + " is not in org_unit");
                } else {
                    ps.setString(8, "PROBATION");
                    manifest.record(SOURCE, "party_member", Defect.UNKNOWN_CODE, id, "status PROBATION is not FULL/PROBATIONARY/LEFT");
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static int add(PreparedStatement ps, int n) throws SQLException {
        ps.addBatch();
        if (++n % BATCH == 0) {
            ps.executeBatch();
        }
        return n;
    }

    static LocalDate max(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }
}
