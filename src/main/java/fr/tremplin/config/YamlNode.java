package fr.tremplin.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A node of a kiosk-config YAML file that knows its file, line and field path, so that every reading error says
 * exactly where it is. Only the YAML syntax tree is built (no object construction from tags).
 */
final class YamlNode {

    private final Path file;
    private final Node node;
    private final String path;

    private YamlNode(Path file, Node node, String path) {
        this.file = file;
        this.node = node;
        this.path = path;
    }

    static YamlNode parse(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Node root = new Yaml(new LoaderOptions()).compose(reader);
            if (root == null) {
                throw new KioskConfigException(file, 1, "", "the file is empty");
            }
            return new YamlNode(file, root, "");
        } catch (NoSuchFileException e) {
            throw new KioskConfigException(file, "the file is missing", e);
        } catch (MalformedInputException e) {
            throw new KioskConfigException(file, "the file is not UTF-8 text", e);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new KioskConfigException(file, line, "", "not valid YAML: " + e.getProblem());
        } catch (YAMLException | IOException e) {
            throw new KioskConfigException(file, "cannot be read: " + e.getMessage(), e);
        }
    }

    int line() {
        return node.getStartMark().getLine() + 1;
    }

    String path() {
        return path;
    }

    KioskConfigException error(String problem) {
        return new KioskConfigException(file, line(), path, problem);
    }

    /** The entries of a mapping, in file order; fails on any key not in {@code allowed}. */
    Map<String, YamlNode> fields(String... allowed) {
        Map<String, YamlNode> fields = entries();
        Set<String> known = Set.of(allowed);
        for (Map.Entry<String, YamlNode> field : fields.entrySet()) {
            if (!known.contains(field.getKey())) {
                throw field.getValue().error("unknown field '" + field.getKey() + "'; expected one of "
                        + String.join(", ", new TreeSet<>(known)));
            }
        }
        return fields;
    }

    /** The entries of a mapping whose keys are free (language codes, days). */
    Map<String, YamlNode> entries() {
        if (!(node instanceof MappingNode mapping)) {
            throw error("expected a mapping of 'name: value' lines, found " + kind());
        }
        Map<String, YamlNode> fields = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                throw new YamlNode(file, tuple.getKeyNode(), path).error("a field name must be plain text");
            }
            String childPath = path.isEmpty() ? key.getValue() : path + "." + key.getValue();
            YamlNode earlier = fields.get(key.getValue());
            if (earlier != null) {
                throw new YamlNode(file, key, childPath).error("'" + key.getValue()
                        + "' is given twice (first on line " + earlier.line() + ")");
            }
            fields.put(key.getValue(), new YamlNode(file, tuple.getValueNode(), childPath));
        }
        return fields;
    }

    List<YamlNode> items() {
        if (!(node instanceof SequenceNode sequence)) {
            throw error("expected a list, found " + kind());
        }
        List<YamlNode> items = new ArrayList<>();
        List<Node> values = sequence.getValue();
        for (int i = 0; i < values.size(); i++) {
            items.add(new YamlNode(file, values.get(i), path + "[" + i + "]"));
        }
        return Collections.unmodifiableList(items);
    }

    boolean isScalar() {
        return node instanceof ScalarNode;
    }

    boolean isNull() {
        return node instanceof ScalarNode scalar && "tag:yaml.org,2002:null".equals(scalar.getTag().getValue());
    }

    /** A non-blank scalar, trimmed. */
    String text() {
        if (!(node instanceof ScalarNode scalar) || isNull()) {
            throw error("expected a text value, found " + kind());
        }
        String value = scalar.getValue().strip();
        if (value.isEmpty()) {
            throw error("must not be empty");
        }
        return value;
    }

    String text(int maxLength) {
        String value = text();
        if (value.length() > maxLength) {
            throw error("is " + value.length() + " characters long; at most " + maxLength + " fit");
        }
        return value;
    }

    String matching(String regex, String expected) {
        String value = text();
        if (!value.matches(regex)) {
            throw error("'" + value + "' is not valid: expected " + expected);
        }
        return value;
    }

    int integer(int min, int max) {
        String value = text();
        try {
            int number = Integer.parseInt(value);
            if (number < min || number > max) {
                throw error(number + " is out of range: expected a whole number from " + min + " to " + max);
            }
            return number;
        } catch (NumberFormatException e) {
            throw error("'" + value + "' is not a whole number");
        }
    }

    boolean bool() {
        String value = text();
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw error("'" + value + "' is not true or false");
        };
    }

    <E extends Enum<E>> E enumValue(Class<E> type) {
        String value = text();
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw error("'" + value + "' is not allowed; expected one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    /** A list of texts; a single text is accepted as a list of one. */
    List<YamlNode> itemsOrSingle() {
        return node instanceof SequenceNode ? items() : List.of(this);
    }

    static Optional<YamlNode> optional(Map<String, YamlNode> fields, String name) {
        return Optional.ofNullable(fields.get(name)).filter(n -> !n.isNull());
    }

    YamlNode required(Map<String, YamlNode> fields, String name) {
        YamlNode field = fields.get(name);
        if (field == null || field.isNull()) {
            throw error("the field '" + name + "' is missing");
        }
        return field;
    }

    private String kind() {
        if (isNull()) {
            return "nothing";
        }
        return switch (node.getNodeId()) {
            case mapping -> "a mapping";
            case sequence -> "a list";
            case scalar -> "'" + ((ScalarNode) node).getValue() + "'";
            default -> node.getNodeId().name();
        };
    }
}
