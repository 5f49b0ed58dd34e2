package org.netagraph.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.netagraph.export.Json;

/** Prints query rows as a table, JSON lines or CSV. */
abstract class RowPrinter {
  abstract void header(List<String> columns);

  abstract void row(List<Object> values);

  void finish() {}

  static RowPrinter discard() {
    return new RowPrinter() {
      @Override
      void header(List<String> columns) {}

      @Override
      void row(List<Object> values) {}
    };
  }

  static RowPrinter of(String format, PrintWriter out) {
    switch (format) {
      case "json":
        return new RowPrinter() {
          List<String> cols;

          @Override
          void header(List<String> columns) {
            cols = columns;
          }

          @Override
          void row(List<Object> values) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (int i = 0; i < cols.size(); i++) {
              m.put(cols.get(i), values.get(i));
            }
            Json.line(out, m);
          }
        };
      case "csv":
        return new RowPrinter() {
          @Override
          void header(List<String> columns) {
            out.println(csvLine(new ArrayList<>(columns)));
          }

          @Override
          void row(List<Object> values) {
            out.println(csvLine(values));
          }
        };
      default:
        return new Table(out);
    }
  }

  static String text(Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof String s) {
      return s;
    }
    try {
      return Json.MAPPER.writeValueAsString(v);
    } catch (java.io.IOException e) {
      return String.valueOf(v);
    }
  }

  static String csvLine(List<?> values) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        b.append(',');
      }
      String s = text(values.get(i));
      if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
        b.append('"').append(s.replace("\"", "\"\"")).append('"');
      } else {
        b.append(s);
      }
    }
    return b.toString();
  }

  /** A plain-text table; rows are kept until the end to size the columns. */
  static final class Table extends RowPrinter {
    private final PrintWriter out;
    private List<String> cols = List.of();
    private final List<List<String>> rows = new ArrayList<>();

    Table(PrintWriter out) {
      this.out = out;
    }

    @Override
    void header(List<String> columns) {
      cols = columns;
    }

    @Override
    void row(List<Object> values) {
      List<String> r = new ArrayList<>();
      for (Object v : values) {
        r.add(text(v));
      }
      rows.add(r);
    }

    @Override
    void finish() {
      int[] w = new int[cols.size()];
      for (int i = 0; i < cols.size(); i++) {
        w[i] = width(cols.get(i));
        for (List<String> r : rows) {
          w[i] = Math.min(80, Math.max(w[i], width(r.get(i))));
        }
      }
      line(cols, w);
      StringBuilder sep = new StringBuilder();
      for (int i = 0; i < w.length; i++) {
        sep.append(i == 0 ? "" : "-+-").append("-".repeat(w[i]));
      }
      out.println(sep);
      for (List<String> r : rows) {
        line(r, w);
      }
      out.println("(" + rows.size() + (rows.size() == 1 ? " row)" : " rows)"));
    }

    private void line(List<String> cells, int[] w) {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < cells.size(); i++) {
        String c = cells.get(i);
        b.append(i == 0 ? "" : " | ").append(c);
        if (i < cells.size() - 1) {
          b.append(" ".repeat(Math.max(0, w[i] - width(c))));
        }
      }
      out.println(b.toString().stripTrailing());
    }

    /** Display columns: combining marks take none. */
    static int width(String s) {
      int n = 0;
      for (int i = 0; i < s.length(); ) {
        int c = s.codePointAt(i);
        i += Character.charCount(c);
        int t = Character.getType(c);
        if (t != Character.NON_SPACING_MARK
            && t != Character.COMBINING_SPACING_MARK
            && t != Character.FORMAT) {
          n++;
        }
      }
      return n;
    }
  }
}
