package fr.tremplin.config;

import java.nio.file.Path;

/**
 * A kiosk-config file that cannot be loaded, with where the problem is: file, line and field, so the person who
 * edited it can fix it without reading code.
 */
public class KioskConfigException extends RuntimeException {

    private final String file;
    private final int line;
    private final String field;
    private final String problem;

    public KioskConfigException(Path file, int line, String field, String problem) {
        super(describe(file.toString(), line, field, problem));
        this.file = file.toString();
        this.line = line;
        this.field = field;
        this.problem = problem;
    }

    public KioskConfigException(Path file, String problem, Throwable cause) {
        super(describe(file.toString(), 0, null, problem), cause);
        this.file = file.toString();
        this.line = 0;
        this.field = null;
        this.problem = problem;
    }

    public String file() {
        return file;
    }

    /** 1-based; 0 when the problem is the whole file. */
    public int line() {
        return line;
    }

    /** The path of the field in the file, such as {@code resources[3].levels.min}; null for the whole file. */
    public String field() {
        return field;
    }

    public String problem() {
        return problem;
    }

    private static String describe(String file, int line, String field, String problem) {
        StringBuilder where = new StringBuilder(file);
        if (line > 0) {
            where.append(", line ").append(line);
        }
        if (field != null && !field.isEmpty()) {
            where.append(", field ").append(field);
        }
        return where.append(": ").append(problem).toString();
    }
}
