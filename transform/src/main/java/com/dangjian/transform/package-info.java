/**
 * Transform: Spark from bronze to silver (the conformed sources) and gold (rule results, scorecards, trends,
 * alarms, facts), as the contracts' descriptors say. Owns every rule of rules.md and how a score is computed.
 * May import: contracts, Spark. Never ingestion (it reads bronze by the contracts' tables), warehouse or later.
 */
package com.dangjian.transform;
