/**
 * Bench: the programs the bench/*.sh benchmarks run (floors measured in the same run, the load benchmark, the
 * night's tables). May import: jobs and what it brings. Nothing imports bench.
 */
package com.dangjian.bench;
