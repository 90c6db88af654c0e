/**
 * Dashboards: the static, offline site (ECharts bundled, Chinese labels with English available) generated from
 * the read side. Owns how the numbers are shown, never how they are computed: everything it shows was computed
 * by the transform. May import: contracts, warehouse's read side, echarts-java, POI (exports). Never Spark or
 * Spring Batch.
 */
package com.dangjian.dashboards;
