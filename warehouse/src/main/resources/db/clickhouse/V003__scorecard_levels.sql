-- Scorecards for general branches and committees (aggregated from their branches), the rank within a
-- prefecture's organs, and the members behind each scorecard.
ALTER TABLE ${database}.org_scorecard_monthly ADD COLUMN org_type String DEFAULT 'BRANCH';
ALTER TABLE ${database}.org_scorecard_monthly ADD COLUMN rank_in_region Nullable(UInt32);
ALTER TABLE ${database}.org_scorecard_monthly ADD COLUMN members Int64 DEFAULT 0;
