package fr.passerelle.engine.index.persist;

import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writes and reads lists of one record type (the domain's plain records: texts, numbers, dates, enums, codes such as
 * {@code RomeCode}, lists of texts or numbers) field by field in a compact binary form, texts through the payload's
 * {@link StringPool}. Records are rebuilt through their canonical constructor, so every check a record makes on its
 * values is made again on load. {@link #shape()} describes the layout (field names and types, enum constants): it
 * goes into the file's layout fingerprint, so a record that gains a field or an enum that gains a constant makes
 * every older file unreadable instead of misread.
 */
final class RecordCodec<R extends Record> {
    private final Class<R> type;
    private final Field[] fields;
    private final MethodHandle constructor;

    private RecordCodec(Class<R> type) {
        this.type = type;
        RecordComponent[] components = type.getRecordComponents();
        this.fields = new Field[components.length];
        Class<?>[] types = new Class<?>[components.length];
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        try {
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                Class<?> t = components[i].getType();
                Kind kind = Kind.of(components[i]);
                MethodHandle codeValue = null;
                MethodHandle codeOf = null;
                if (kind == Kind.CODE) {
                    codeValue = lookup.unreflect(t.getRecordComponents()[0].getAccessor())
                            .asType(MethodType.methodType(Object.class, Object.class));
                    codeOf = lookup.unreflectConstructor(t.getConstructor(String.class))
                            .asType(MethodType.methodType(Object.class, String.class));
                }
                fields[i] = new Field(components[i].getName(), kind, t,
                        lookup.unreflect(components[i].getAccessor()).asType(MethodType.methodType(Object.class, Object.class)),
                        codeValue, codeOf);
            }
            Constructor<R> canonical = type.getConstructor(types);
            this.constructor = lookup.unreflectConstructor(canonical).asSpreader(Object[].class, types.length)
                    .asType(MethodType.methodType(Object.class, Object[].class));
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("not a public record: " + type, e);
        }
    }

    static <R extends Record> RecordCodec<R> of(Class<R> type) {
        return new RecordCodec<>(type);
    }

    /** The layout, for the file's fingerprint. */
    String shape() {
        StringBuilder b = new StringBuilder(type.getName()).append('(');
        for (Field f : fields) {
            b.append(f.name).append(':').append(f.kind);
            if (f.type.isEnum()) {
                b.append(Arrays.toString(f.type.getEnumConstants()));
            } else if (f.kind == Kind.CODE) {
                b.append('=').append(f.type.getName());
            }
            b.append(',');
        }
        return b.append(')').toString();
    }

    void write(List<R> records, DataOutputStream out, StringPool pool) throws IOException {
        out.writeInt(records.size());
        for (R r : records) {
            writeOne(r, out, pool);
        }
    }

    /** One record, without a count (for sections read record by record, on demand). */
    void writeOne(R r, DataOutputStream out, StringPool pool) throws IOException {
        try {
            {
                for (Field f : fields) {
                    Object value = (Object) f.accessor.invokeExact((Object) r);
                    if (f.kind == Kind.CODE) {
                        out.writeInt(pool.id(value == null ? null : (String) (Object) f.codeValue.invokeExact(value)));
                    } else {
                        f.kind.write(out, pool, value);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** One record at the buffer's position (written by {@link #writeOne}). */
    R readOne(ByteBuffer in, StringTable strings) throws IndexFileException {
        Object[] values = new Object[fields.length];
        try {
            for (int i = 0; i < fields.length; i++) {
                values[i] = fields[i].read(in, strings);
            }
            return type.cast((Object) constructor.invokeExact(values));
        } catch (IndexFileException e) {
            throw e;
        } catch (java.nio.BufferUnderflowException | IndexOutOfBoundsException e) {
            throw new IndexFileException("index tronqué dans les " + type.getSimpleName(), e);
        } catch (Throwable e) {
            throw new IndexFileException("index incohérent (" + type.getSimpleName() + ") : " + e.getMessage(), e);
        }
    }

    List<R> read(ByteBuffer in, StringTable strings) throws IndexFileException {
        int count = Sections.count(in, fields.length == 0 ? 0 : 1);
        List<R> records = new ArrayList<>(count);
        Object[] values = new Object[fields.length];
        try {
            for (int n = 0; n < count; n++) {
                for (int i = 0; i < fields.length; i++) {
                    values[i] = fields[i].read(in, strings);
                }
                records.add(type.cast((Object) constructor.invokeExact(values)));
            }
        } catch (IndexFileException e) {
            throw e;
        } catch (java.nio.BufferUnderflowException | IndexOutOfBoundsException e) {
            throw new IndexFileException("index tronqué dans les " + type.getSimpleName(), e);
        } catch (Throwable e) {
            // A record refusing its values: the file says something the code would never have written.
            throw new IndexFileException("index incohérent (" + type.getSimpleName() + ") : " + e.getMessage(), e);
        }
        return List.copyOf(records);
    }

    private record Field(String name, Kind kind, Class<?> type, MethodHandle accessor, MethodHandle codeValue,
                         MethodHandle codeOf) {
        Object read(ByteBuffer in, StringTable strings) throws Throwable {
            return switch (kind) {
                case ENUM -> {
                    int ordinal = in.get();
                    yield ordinal < 0 ? null : type.getEnumConstants()[ordinal];
                }
                case CODE -> {
                    int id = in.getInt();
                    if (id < 0) {
                        yield null;
                    }
                    // One code object per distinct value (a ROME code repeats on 100,000 rows): built and checked once.
                    Object code = strings.code(type, id);
                    if (code == null) {
                        code = (Object) codeOf.invokeExact(strings.get(id));
                        strings.keepCode(type, id, code);
                    }
                    yield code;
                }
                default -> kind.read(in, strings);
            };
        }
    }

    /** How one field is stored. Nullable boxed values carry a presence byte; texts are string numbers (-1: null). */
    private enum Kind {
        STRING, CODE, ENUM, INT, LONG, DOUBLE, BOOLEAN, BOX_INT, BOX_LONG, BOX_DOUBLE, BOX_BOOLEAN, DATE, INSTANT,
        DECIMAL, STRINGS, INTS;

        static Kind of(RecordComponent c) {
            Class<?> t = c.getType();
            if (t == String.class) {
                return STRING;
            } else if (t.isEnum()) {
                return ENUM;
            } else if (t == int.class) {
                return INT;
            } else if (t == long.class) {
                return LONG;
            } else if (t == double.class) {
                return DOUBLE;
            } else if (t == boolean.class) {
                return BOOLEAN;
            } else if (t == Integer.class) {
                return BOX_INT;
            } else if (t == Long.class) {
                return BOX_LONG;
            } else if (t == Double.class) {
                return BOX_DOUBLE;
            } else if (t == Boolean.class) {
                return BOX_BOOLEAN;
            } else if (t == LocalDate.class) {
                return DATE;
            } else if (t == Instant.class) {
                return INSTANT;
            } else if (t == BigDecimal.class) {
                return DECIMAL;
            } else if (t == List.class) {
                Type element = ((ParameterizedType) c.getGenericType()).getActualTypeArguments()[0];
                if (element == String.class) {
                    return STRINGS;
                } else if (element == Integer.class) {
                    return INTS;
                }
            } else if (t.isRecord() && t.getRecordComponents().length == 1
                    && t.getRecordComponents()[0].getType() == String.class) {
                return CODE;
            }
            throw new IllegalArgumentException("no binary form for " + c);
        }

        void write(DataOutputStream out, StringPool pool, Object v) throws IOException {
            switch (this) {
                case STRING -> out.writeInt(pool.id((String) v));
                case ENUM -> out.writeByte(v == null ? -1 : ((Enum<?>) v).ordinal());
                case INT -> out.writeInt((Integer) v);
                case LONG -> out.writeLong((Long) v);
                case DOUBLE -> out.writeDouble((Double) v);
                case BOOLEAN -> out.writeBoolean((Boolean) v);
                case DECIMAL -> out.writeInt(pool.id(v == null ? null : ((BigDecimal) v).toString()));
                default -> {
                    out.writeBoolean(v != null);
                    if (v != null) {
                        writePresent(out, pool, v);
                    }
                }
            }
        }

        private void writePresent(DataOutputStream out, StringPool pool, Object v) throws IOException {
            switch (this) {
                case BOX_INT -> out.writeInt((Integer) v);
                case BOX_LONG -> out.writeLong((Long) v);
                case BOX_DOUBLE -> out.writeDouble((Double) v);
                case BOX_BOOLEAN -> out.writeBoolean((Boolean) v);
                case DATE -> out.writeLong(((LocalDate) v).toEpochDay());
                case INSTANT -> {
                    out.writeLong(((Instant) v).getEpochSecond());
                    out.writeInt(((Instant) v).getNano());
                }
                case STRINGS -> {
                    List<?> list = (List<?>) v;
                    out.writeInt(list.size());
                    for (Object s : list) {
                        out.writeInt(pool.id((String) s));
                    }
                }
                case INTS -> {
                    List<?> list = (List<?>) v;
                    out.writeInt(list.size());
                    for (Object i : list) {
                        out.writeInt((Integer) i);
                    }
                }
                default -> throw new IllegalStateException(name());
            }
        }

        Object read(ByteBuffer in, StringTable strings) throws IndexFileException {
            switch (this) {
                case STRING:
                    return strings.get(in.getInt());
                case INT:
                    return in.getInt();
                case LONG:
                    return in.getLong();
                case DOUBLE:
                    return in.getDouble();
                case BOOLEAN:
                    return in.get() != 0;
                case DECIMAL: {
                    String s = strings.get(in.getInt());
                    return s == null ? null : new BigDecimal(s);
                }
                default:
                    break;
            }
            if (in.get() == 0) {
                return null;
            }
            return switch (this) {
                case BOX_INT -> in.getInt();
                case BOX_LONG -> in.getLong();
                case BOX_DOUBLE -> in.getDouble();
                case BOX_BOOLEAN -> in.get() != 0;
                case DATE -> LocalDate.ofEpochDay(in.getLong());
                case INSTANT -> Instant.ofEpochSecond(in.getLong(), in.getInt());
                case STRINGS -> {
                    int n = Sections.count(in, 4);
                    List<String> list = new ArrayList<>(n);
                    for (int i = 0; i < n; i++) {
                        list.add(strings.get(in.getInt()));
                    }
                    yield list;
                }
                case INTS -> {
                    int n = Sections.count(in, 4);
                    List<Integer> list = new ArrayList<>(n);
                    for (int i = 0; i < n; i++) {
                        list.add(in.getInt());
                    }
                    yield list;
                }
                default -> throw new IllegalStateException(name());
            };
        }
    }
}
