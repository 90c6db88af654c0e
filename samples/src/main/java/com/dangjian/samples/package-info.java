/**
 * Samples: the sample-data generator ({@code ./dangjian generate}): a department's registry and inbox files at
 * any scale, with the dirt sources.md lists and a manifest of it, and the next night's exports. May import:
 * contracts, POI, JDBC drivers. Never the pipeline's modules (it writes what the sources would send).
 */
package com.dangjian.samples;
