package org.gradphoto.portal.table;

/** One imported row's problem: its row number as the file shows it, the column, and why, in both languages. */
public record RowProblem(int row, String column, String zh, String en) implements java.io.Serializable {
}
