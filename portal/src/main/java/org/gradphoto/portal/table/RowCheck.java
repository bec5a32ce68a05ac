package org.gradphoto.portal.table;

import java.util.List;
import java.util.Locale;
import org.gradphoto.engine.identity.IdNumber;
import org.gradphoto.engine.identity.InvalidIdNumberException;

/**
 * Checks the cells of one imported row, collecting its problems (row, column, reason in Chinese and English);
 * each check returns the value, or null after recording why not. Imports extend it with their own fields.
 */
public class RowCheck {

    protected final Table.Row row;
    private final List<RowProblem> problems;
    private boolean ok = true;

    public RowCheck(Table.Row row, List<RowProblem> problems) {
        this.row = row;
        this.problems = problems;
    }

    public boolean ok() {
        return ok;
    }

    public void fail(List<String> column, String zh, String en) {
        ok = false;
        problems.add(new RowProblem(row.number(), column.get(0), zh, en));
    }

    public String text(List<String> col, int max) {
        String v = row.get(col);
        if (v.isEmpty()) {
            fail(col, "不能为空", "is empty");
            return null;
        }
        if (v.length() > max) {
            fail(col, "超过 " + max + " 个字", "longer than " + max + " characters");
            return null;
        }
        return v;
    }

    public String idNumber(List<String> col) {
        try {
            IdNumber id = IdNumber.of(row.get(col));
            if (id.value().length() != 18) {
                fail(col, "身份证号应为 18 位", "an ID number has 18 characters");
                return null;
            }
            return id.value();
        } catch (InvalidIdNumberException e) {
            fail(col, "身份证号无效：" + e.reason().zh(), "invalid ID number: " + e.reason().en());
            return null;
        }
    }

    public Integer integer(List<String> col, int min, int max) {
        String v = row.get(col);
        try {
            double d = Double.parseDouble(v);
            if (d != Math.rint(d) || d < min || d > max) {
                throw new NumberFormatException();
            }
            return (int) d;
        } catch (NumberFormatException e) {
            fail(col, "应为 " + min + "-" + max + " 的整数：" + v, "should be a whole number " + min + "-" + max + ": " + v);
            return null;
        }
    }

    public boolean yesNo(List<String> col, boolean otherwise) {
        String v = row.get(col).toLowerCase(Locale.ROOT);
        return switch (v) {
            case "" -> otherwise;
            case "是", "y", "yes", "true", "1", "合格" -> true;
            case "否", "n", "no", "false", "0", "不合格" -> false;
            default -> {
                fail(col, "应为“是”或“否”：" + v, "should be yes or no: " + v);
                yield otherwise;
            }
        };
    }
}
