package no.kobling.bench;

/** Minimal JSON text building for the writers (fast, no object model for a million records). */
final class Json {

    private final StringBuilder b = new StringBuilder(1024);
    private boolean first = true;

    Json open() {
        sep();
        b.append('{');
        first = true;
        return this;
    }

    Json open(String key) {
        key(key);
        b.append('{');
        first = true;
        return this;
    }

    Json close() {
        b.append('}');
        first = false;
        return this;
    }

    Json array(String key) {
        key(key);
        b.append('[');
        first = true;
        return this;
    }

    Json endArray() {
        b.append(']');
        first = false;
        return this;
    }

    Json field(String key, String value) {
        if (value != null) {
            key(key);
            str(value);
        }
        return this;
    }

    Json field(String key, boolean value) {
        key(key);
        b.append(value);
        return this;
    }

    Json field(String key, long value) {
        key(key);
        b.append(value);
        return this;
    }

    Json item(String value) {
        sep();
        str(value);
        return this;
    }

    private void key(String key) {
        sep();
        str(key);
        b.append(':');
    }

    private void sep() {
        if (!first) {
            b.append(',');
        }
        first = false;
    }

    private void str(String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
    }

    @Override
    public String toString() {
        return b.toString();
    }
}
