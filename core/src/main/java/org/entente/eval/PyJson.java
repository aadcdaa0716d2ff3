package org.entente.eval;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Python's {@code json.dumps(value, indent=1)}: maps, lists, strings (ASCII only, other characters
 * escaped as {@code \\uXXXX}), integers, booleans, null, and decimals for Python floats (printed as
 * their repr: at least one digit after the point).
 */
final class PyJson {

    private PyJson() {
    }

    static String dumps(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, 1, out);
        return out.toString();
    }

    private static void write(Object v, int level, StringBuilder out) {
        if (v == null) {
            out.append("null");
        } else if (v instanceof String s) {
            string(s, out);
        } else if (v instanceof Boolean b) {
            out.append(b ? "true" : "false");
        } else if (v instanceof Integer || v instanceof Long) {
            out.append(v);
        } else if (v instanceof BigDecimal d) {
            out.append(floatRepr(d));
        } else if (v instanceof Map<?, ?> m) {
            container(m.entrySet().iterator(), '{', '}', level, out);
        } else if (v instanceof List<?> l) {
            container(l.iterator(), '[', ']', level, out);
        } else {
            throw new IllegalArgumentException("not a JSON value: " + v.getClass());
        }
    }

    private static void container(Iterator<?> items, char open, char close, int level, StringBuilder out) {
        if (!items.hasNext()) {
            out.append(open).append(close);
            return;
        }
        String indent = "\n" + " ".repeat(level);
        out.append(open);
        boolean first = true;
        while (items.hasNext()) {
            out.append(first ? "" : ",").append(indent);
            first = false;
            Object item = items.next();
            if (item instanceof Map.Entry<?, ?> e) {
                string(String.valueOf(e.getKey()), out);
                out.append(": ");
                item = e.getValue();
            }
            write(item, level + 1, out);
        }
        out.append('\n').append(" ".repeat(level - 1)).append(close);
    }

    /** The repr of a float given exactly as a decimal: "0.1235", "1.0". */
    static String floatRepr(BigDecimal d) {
        String s = d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
        return s.contains(".") ? s : s + ".0";
    }

    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
