package com.dangjian.notebooks;

/** Something a notebook shows rich (a table, a chart): HTML for the notebook, text for a terminal or a log. */
public interface Displayable {

    String html();

    String text();
}
