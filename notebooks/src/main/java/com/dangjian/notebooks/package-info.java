/**
 * Notebooks: the analysts' API (Dangjian.connect, Frame, Chart, Rankings, DataDictionary) and the Jupyter kernel
 * (JShell on jjava-jupyter). May import: contracts, warehouse's read side, dashboards (HTML escaping). Never jobs
 * (its tests use jobs to run a night to test against).
 */
package com.dangjian.notebooks;
