package fr.passerelle.cli;

import fr.passerelle.engine.words.Message;
import fr.passerelle.engine.words.Param;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The typed parameters of a reason in the JSON of {@code path} (cli.md): each one {@code {"type": ..., "value": ...}}
 * with plain numbers, amounts in euros and ISO dates; a clause that is itself a message is
 * {@code {"type": "message", "key": ..., "params": [...]}}, a list of clauses {@code {"type": "messages", "messages":
 * [{"key": ..., "params": [...]}]}}.
 */
final class ReasonJson {
    private ReasonJson() {
    }

    static List<Object> params(List<Param> params) {
        List<Object> out = new ArrayList<>(params.size());
        for (Param p : params) {
            out.add(param(p));
        }
        return out;
    }

    static Map<String, Object> message(Message m) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("key", m.key());
        out.put("params", params(m.params()));
        return out;
    }

    private static Map<String, Object> param(Param p) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("type", p.type());
        if (p instanceof Param.Nested n) {
            out.putAll(message(n.message()));
        } else if (p instanceof Param.Joined j) {
            out.put("messages", j.messages().stream().map(ReasonJson::message).toList());
        } else {
            out.put("value", value(p));
        }
        return out;
    }

    private static Object value(Param p) {
        if (p instanceof Param.Number n) {
            return n.value();
        } else if (p instanceof Param.Decimal d) {
            return d.value();
        } else if (p instanceof Param.Percent pc) {
            return Math.round(pc.value());
        } else if (p instanceof Param.Money m) {
            return PathJson.euros(m.cents());
        } else if (p instanceof Param.Km k) {
            return k.value();
        } else if (p instanceof Param.Hours h) {
            return h.value();
        } else if (p instanceof Param.Year y) {
            return y.value();
        } else if (p instanceof Param.Date d) {
            return d.value() == null ? null : d.value().toString();
        } else if (p instanceof Param.Code c) {
            return c.value();
        } else if (p instanceof Param.Label l) {
            return l.value();
        } else if (p instanceof Param.Level l) {
            return l.framework();
        }
        throw new IllegalArgumentException("parameter " + p);
    }
}
