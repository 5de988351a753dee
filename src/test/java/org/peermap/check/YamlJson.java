package org.peermap.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML file as an editor's YAML language server sees it (YAML 1.2 core schema: {@code 2019-05-11} and
 * {@code 22:10} are text, {@code 15} a number, {@code true} a boolean), as a Jackson tree, and checked against
 * docs/peermap.schema.json with networknt's validator.
 */
public final class YamlJson {
    public static final Path SCHEMA = Path.of("docs/peermap.schema.json");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern NULL = Pattern.compile("null|Null|NULL|~|");
    private static final Pattern BOOL = Pattern.compile("true|True|TRUE|false|False|FALSE");
    private static final Pattern INT = Pattern.compile("[-+]?[0-9]+");
    private static final Pattern OCT = Pattern.compile("0o[0-7]+");
    private static final Pattern HEX = Pattern.compile("0x[0-9a-fA-F]+");
    private static final Pattern FLOAT = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
    private static final Pattern INF = Pattern.compile("[-+]?\\.(inf|Inf|INF)");
    private static final Pattern NAN = Pattern.compile("\\.nan|\\.NaN|\\.NAN");
    private static JsonSchema schema;

    private YamlJson() {}

    /** The file's text as a tree. */
    public static JsonNode read(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true);
        Node root = new Yaml(options).compose(new StringReader(text));
        return root == null ? NODES.nullNode() : tree(root);
    }

    public static JsonNode read(Path file) {
        try {
            return read(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the schema says of the tree: empty when it is valid. */
    public static Set<ValidationMessage> validate(JsonNode tree) {
        return schema().validate(tree);
    }

    public static synchronized JsonSchema schema() {
        if (schema == null) {
            try {
                JsonNode node = new ObjectMapper().readTree(Files.readString(SCHEMA, StandardCharsets.UTF_8));
                schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(node);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return schema;
    }

    private static JsonNode tree(Node node) {
        if (node instanceof MappingNode m) {
            ObjectNode object = NODES.objectNode();
            for (NodeTuple t : m.getValue()) {
                String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : String.valueOf(tree(t.getKeyNode()));
                object.set(key, tree(t.getValueNode()));
            }
            return object;
        }
        if (node instanceof SequenceNode s) {
            ArrayNode array = NODES.arrayNode();
            List<Node> items = s.getValue();
            items.forEach(i -> array.add(tree(i)));
            return array;
        }
        ScalarNode s = (ScalarNode) node;
        String v = s.getValue();
        if (s.getScalarStyle() != DumperOptions.ScalarStyle.PLAIN) {
            return NODES.textNode(v);
        }
        if (NULL.matcher(v).matches()) {
            return NODES.nullNode();
        }
        if (BOOL.matcher(v).matches()) {
            return NODES.booleanNode(v.equalsIgnoreCase("true"));
        }
        if (INT.matcher(v).matches()) {
            return NODES.numberNode(new BigInteger(v.startsWith("+") ? v.substring(1) : v));
        }
        if (OCT.matcher(v).matches()) {
            return NODES.numberNode(new BigInteger(v.substring(2), 8));
        }
        if (HEX.matcher(v).matches()) {
            return NODES.numberNode(new BigInteger(v.substring(2), 16));
        }
        if (FLOAT.matcher(v).matches()) {
            return NODES.numberNode(Double.parseDouble(v));
        }
        if (INF.matcher(v).matches()) {
            return NODES.numberNode(v.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
        }
        if (NAN.matcher(v).matches()) {
            return NODES.numberNode(Double.NaN);
        }
        return NODES.textNode(v);
    }
}
