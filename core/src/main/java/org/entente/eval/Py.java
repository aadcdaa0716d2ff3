package org.entente.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * What {@code score.py} does with JSON values, on Jackson nodes: Python truthiness ({@code if not x}),
 * {@code str(x)}, {@code x or []} iteration, {@code ==} and hashing, code-point string operations.
 *
 * <p>Where Python would raise (a string where an object is expected, a number where a list is), these
 * helpers are lenient instead: a non-object has no fields, a non-iterable iterates nothing.
 */
final class Py {

    private Py() {
    }

    /** {@code d.get(field)}: null for a missing field, a JSON null or a non-object {@code d}. */
    static JsonNode get(JsonNode d, String field) {
        if (d == null || !d.isObject()) {
            return null;
        }
        JsonNode v = d.get(field);
        return v == null || v.isNull() || v.isMissingNode() ? null : v;
    }

    /** {@code bool(x)}. */
    static boolean truthy(JsonNode x) {
        if (x == null || x.isNull() || x.isMissingNode()) {
            return false;
        }
        if (x.isTextual()) {
            return !x.textValue().isEmpty();
        }
        if (x.isBoolean()) {
            return x.booleanValue();
        }
        if (x.isNumber()) {
            return x.isFloatingPointNumber() ? x.doubleValue() != 0.0 : x.bigIntegerValue().signum() != 0;
        }
        return x.size() > 0;
    }

    /** The elements of {@code list(x or [])}: an array's elements, a string's characters, an object's keys. */
    static List<JsonNode> items(JsonNode x) {
        List<JsonNode> out = new ArrayList<>();
        if (!truthy(x)) {
            return out;
        }
        if (x.isArray()) {
            x.forEach(out::add);
        } else if (x.isTextual()) {
            x.textValue().codePoints().forEach(cp -> out.add(TextNode.valueOf(Character.toString(cp))));
        } else if (x.isObject()) {
            for (Iterator<String> it = x.fieldNames(); it.hasNext(); ) {
                out.add(TextNode.valueOf(it.next()));
            }
        }
        return out;
    }

    /** {@code str(x)}; null stands for Python's None. Non-integral floats render as Java renders them. */
    static String str(JsonNode x) {
        if (x == null || x.isNull() || x.isMissingNode()) {
            return "None";
        }
        if (x.isTextual()) {
            return x.textValue();
        }
        return repr(x);
    }

    private static String repr(JsonNode x) {
        if (x == null || x.isNull() || x.isMissingNode()) {
            return "None";
        }
        if (x.isTextual()) {
            return "'" + x.textValue() + "'";
        }
        if (x.isBoolean()) {
            return x.booleanValue() ? "True" : "False";
        }
        if (x.isIntegralNumber()) {
            return x.bigIntegerValue().toString();
        }
        if (x.isNumber()) {
            double d = x.doubleValue();
            if (Double.isNaN(d)) {
                return "nan";
            }
            if (Double.isInfinite(d)) {
                return d > 0 ? "inf" : "-inf";
            }
            if (d == Math.rint(d) && Math.abs(d) < 1e16) {
                return new BigDecimal(d).toPlainString() + ".0";
            }
            return Double.toString(d);
        }
        StringBuilder b = new StringBuilder();
        if (x.isArray()) {
            b.append('[');
            for (int i = 0; i < x.size(); i++) {
                b.append(i == 0 ? "" : ", ").append(repr(x.get(i)));
            }
            return b.append(']').toString();
        }
        b.append('{');
        var fields = x.fields();
        boolean first = true;
        while (fields.hasNext()) {
            var f = fields.next();
            b.append(first ? "" : ", ").append('\'').append(f.getKey()).append("': ").append(repr(f.getValue()));
            first = false;
        }
        return b.append('}').toString();
    }

    /**
     * A value that is {@link Object#equals equal} to another's exactly when the two JSON values are
     * {@code ==} in Python: strings by text, numbers by value ({@code 1 == 1.0 == True}), null as None.
     */
    static Object key(JsonNode x) {
        if (x == null || x.isNull() || x.isMissingNode()) {
            return null;
        }
        if (x.isTextual()) {
            return x.textValue();
        }
        if (x.isBoolean()) {
            return x.booleanValue() ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        if (x.isNumber()) {
            if (x.isFloatingPointNumber() && !Double.isFinite(x.doubleValue())) {
                return x.doubleValue();
            }
            BigDecimal v = x.decimalValue();
            return v.signum() == 0 ? BigDecimal.ZERO : v.stripTrailingZeros();
        }
        return x;
    }

    /** Python's {@code a == b} on two JSON values. */
    static boolean eq(JsonNode a, JsonNode b) {
        return Objects.equals(key(a), key(b));
    }

    /** {@code len(s)}: code points. */
    static int len(String s) {
        return s.codePointCount(0, s.length());
    }

    /** {@code s[:n]} for {@code n >= 0}, in code points. */
    static String head(String s, int n) {
        return n >= len(s) ? s : s.substring(0, s.offsetByCodePoints(0, n));
    }

    /** Python's ordering of strings: by code point (Java's {@code compareTo} orders UTF-16 units). */
    static int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
