package com.dangjian.transform.silver;

import static org.apache.spark.sql.functions.lit;

import java.util.function.BiFunction;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import com.dangjian.contracts.bronze.BronzeTable;
import com.dangjian.transform.BronzeTables;

/**
 * The conformed sources of a night (silver): each the latest copy of its records, with codes the registry knows;
 * rows naming an organisation or member it does not know (yet) are {@link #heldRows}.
 *
 * @param organisations the registry's organisations as they stand
 * @param members       party_member as it stands (registered members of a known organisation)
 */
public record Silver(Dataset<Row> organisations, Dataset<Row> members, Dataset<Row> meetings, Dataset<Row> dues,
                     Dataset<Row> study, Dataset<Row> secretaryReview, Dataset<Row> partyBuilding, Dataset<Row> memberReview,
                     Dataset<Row> ledger, Dataset<Row> heldRows) {

    /**
     * Builds silver from bronze; {@code write} stores a silver table (name, rows) and returns the stored rows, so
     * each source is read and deduplicated once. Study, the largest source, is kept between nights and merged with
     * the night's new runs only ({@link MergedSource}); its rows the registry knows are read from there.
     */
    public static Silver build(BronzeTables bronze, MergedSource merged, BiFunction<String, Dataset<Row>, Dataset<Row>> write) {
        Dataset<Row> organisations = write.apply("organisation", Organisations.conform(bronze.registry(BronzeTable.ORG_UNIT)));
        Dataset<Row> registered = bronze.registry(BronzeTable.PARTY_MEMBER)
                .withColumn("source_file", lit("party_member")).withColumn("source_line", lit(0L));
        Conformed conformed = new Conformed(organisations, registered);
        Dataset<Row> members = conformed.byOrg(BronzeTable.PARTY_MEMBER, registered)
                .drop("source_file", "source_line", BronzeTables.INGEST_DATE);
        Silver silver = new Silver(organisations, members,
                write.apply("meeting", conformed.byOrg(BronzeTable.MEETING, Meetings.latest(bronze.all(BronzeTable.MEETING)))),
                write.apply("dues", conformed.byMember(BronzeTable.DUES,
                        FileSourcesSilver.dues(conformed.byOrg(BronzeTable.DUES, bronze.all(BronzeTable.DUES))))),
                conformed.storedByMember(BronzeTable.STUDY, merged.latest(BronzeTable.STUDY, "study_date")),
                write.apply("secretary_review", conformed.byOrg(BronzeTable.SECRETARY_REVIEW,
                        FileSourcesSilver.secretaryReview(bronze.all(BronzeTable.SECRETARY_REVIEW)))),
                write.apply("party_building_assessment", conformed.byOrg(BronzeTable.PARTY_BUILDING_ASSESSMENT,
                        FileSourcesSilver.partyBuildingAssessment(bronze.all(BronzeTable.PARTY_BUILDING_ASSESSMENT)))),
                write.apply("member_review", conformed.byMember(BronzeTable.MEMBER_REVIEW,
                        FileSourcesSilver.memberReview(bronze.all(BronzeTable.MEMBER_REVIEW)))),
                write.apply("rectification_item", conformed.byOrg(BronzeTable.RECTIFICATION_ITEM,
                        FileSourcesSilver.rectification(bronze.latestSnapshot(BronzeTable.RECTIFICATION_ITEM)))),
                null);
        Dataset<Row> held = write.apply("held_rows", conformed.held());
        conformed.release();
        return silver.withHeldRows(held);
    }

    private Silver withHeldRows(Dataset<Row> held) {
        return new Silver(organisations, members, meetings, dues, study, secretaryReview, partyBuilding, memberReview, ledger, held);
    }
}
