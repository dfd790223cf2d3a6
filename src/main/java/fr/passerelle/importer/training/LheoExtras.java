package fr.passerelle.importer.training;

import fr.passerelle.domain.training.LheoDate;
import fr.passerelle.importer.ImportException;
import fr.passerelle.importer.ImportWords;
import java.util.ArrayList;
import java.util.List;

/**
 * LHEO's circle-3 {@code <extras info="...">} blocks (free-form key/values), read into a small tree so that the
 * ones Passerelle understands can be interpreted: {@code eligibilite-cpf} and {@code geolocalisation}.
 */
final class LheoExtras {
    static final String CPF = "eligibilite-cpf";
    static final String GEO = "geolocalisation";

    private LheoExtras() {
    }

    /** One {@code extras} block: its {@code info}, its {@code extra} values and nested blocks. */
    record Block(String info, long line, List<Extra> values, List<Block> nested) {
        Extra value(String name) {
            return values.stream().filter(v -> name.equals(v.info())).findFirst().orElse(null);
        }
    }

    /** One {@code <extra info="...">text</extra>}. */
    record Extra(String info, String text, long line) {
    }

    /** A point in decimal degrees. */
    record Point(double latitude, double longitude) {
    }

    /** Reads the {@code extras} element the cursor is on. */
    static Block read(XmlCursor x) throws ImportException {
        String info = x.attribute("info");
        long line = x.line();
        List<Extra> values = new ArrayList<>();
        List<Block> nested = new ArrayList<>();
        while (x.nextChild()) {
            if (x.is("extra")) {
                String name = x.attribute("info");
                long at = x.line();
                values.add(new Extra(name, x.deepText(), at));
            } else if (x.is("extras")) {
                nested.add(read(x));
            } else {
                x.skip();
            }
        }
        return new Block(info, line, values, nested);
    }

    /**
     * True when a valid {@code eligibilite-cpf} block is present (its debut-validite and fin-validite are LHEO
     * dates, the end not before the start), null when there is none: the absence of the block says nothing.
     */
    static Boolean cpfEligibility(XmlCursor x, List<Block> blocks) throws ImportException {
        Boolean eligible = null;
        for (Block block : all(blocks)) {
            if (!CPF.equals(block.info())) {
                continue;
            }
            LheoDate start = validity(x, block, "debut-validite");
            LheoDate end = validity(x, block, "fin-validite");
            if (start.isKnown() && end.isKnown() && end.latest().isBefore(start.earliest())) {
                throw x.error(block.value("fin-validite").line(), "extra", ImportWords.say("import.lheo.cpfValidity", end, start));
            }
            eligible = true;
        }
        return eligible;
    }

    private static LheoDate validity(XmlCursor x, Block block, String name) throws ImportException {
        Extra extra = block.value(name);
        if (extra == null || extra.text() == null) {
            throw x.error(block.line(), "extras", ImportWords.say("import.lheo.cpfWithout", name));
        }
        try {
            return LheoValues.date(extra.text());
        } catch (IllegalArgumentException e) {
            throw x.error(extra.line(), "extra", ImportWords.say("import.lheo.named", name, ImportWords.of(e)));
        }
    }

    /** The coordinates of a {@code geolocalisation} block, or null when there is none. */
    static Point point(XmlCursor x, List<Block> blocks) throws ImportException {
        for (Block block : all(blocks)) {
            if (!GEO.equals(block.info())) {
                continue;
            }
            Extra latitude = block.value("latitude");
            Extra longitude = block.value("longitude");
            if (latitude == null || longitude == null || latitude.text() == null || longitude.text() == null) {
                throw x.error(block.line(), "extras", ImportWords.say("import.lheo.geoWithout"));
            }
            return new Point(degrees(x, latitude, 90, "latitude"), degrees(x, longitude, 180, "longitude"));
        }
        return null;
    }

    private static double degrees(XmlCursor x, Extra extra, double limit, String what) throws ImportException {
        try {
            return LheoValues.degrees(extra.text(), limit, what);
        } catch (IllegalArgumentException e) {
            throw x.error(extra.line(), "extra", ImportWords.of(e));
        }
    }

    /** The blocks and every block nested in them. */
    static List<Block> all(List<Block> blocks) {
        List<Block> out = new ArrayList<>();
        for (Block block : blocks) {
            out.add(block);
            out.addAll(all(block.nested()));
        }
        return out;
    }
}
