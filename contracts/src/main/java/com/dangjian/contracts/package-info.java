/**
 * Contracts: what every other module agrees on, and nothing else — the bronze tables (source, table, Avro
 * schema, key, which copy stands) and the lake's layout; the gold tables' descriptors (gold-tables.yaml: the one
 * place their columns and types are written; the data dictionary is rendered from them); the rule ids, result
 * statuses and period types; the rule catalogue (rules.yaml: each rule's names, weight, thresholds); the night's
 * configuration; writing a file whole (files). May import: the JDK, Avro, Jackson, HikariCP. Never Spark, Spring or another module.
 */
package com.dangjian.contracts;
