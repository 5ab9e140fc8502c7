package nl.spiegel360.provisioning;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.spiegel360.people.PeopleProvisioning.Provisioned;
import nl.spiegel360.people.PeopleProvisioning.ProvisionedDraft;
import nl.spiegel360.provisioning.ScimErrors.ScimException;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A person as a SCIM User (RFC 7643) with the enterprise extension: userName and the work e-mail are the e-mail
 * address, name and displayName the name, title the job title, the extension's department the team and its manager
 * the manager. PATCH operations (RFC 7644, 3.5.2) are applied to this representation, which is then read back.
 */
final class ScimUsers {

    static final String USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User";
    static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    static final String PATCH_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
    /**
     * Reads bodies within bounds: a person's resource is a few levels deep and a few dozen values long, so a deeper
     * or much longer document is refused before it is built.
     */
    static final JsonMapper JSON = JsonMapper.builder(tools.jackson.core.json.JsonFactory.builder()
            .streamReadConstraints(tools.jackson.core.StreamReadConstraints.builder().maxNestingDepth(16)
                    .maxTokenCount(4_000).build()).build()).build();

    private ScimUsers() {
    }

    static ObjectNode resource(Provisioned p, String base) {
        ObjectNode user = JSON.createObjectNode();
        user.putArray("schemas").add(USER_SCHEMA).add(ENTERPRISE);
        user.put("id", String.valueOf(p.id()));
        if (p.externalId() != null) {
            user.put("externalId", p.externalId());
        }
        user.put("userName", p.email());
        user.putObject("name").put("formatted", p.name());
        user.put("displayName", p.name());
        if (p.jobTitle() != null) {
            user.put("title", p.jobTitle());
        }
        user.putArray("emails").addObject().put("value", p.email()).put("type", "work").put("primary", true);
        user.put("active", p.active());
        ObjectNode enterprise = user.putObject(ENTERPRISE);
        if (p.team() != null) {
            enterprise.put("department", p.team());
        }
        if (p.managerId() != null) {
            enterprise.putObject("manager").put("value", String.valueOf(p.managerId()));
        }
        user.putObject("meta").put("resourceType", "User").put("created", p.created().toString())
                .put("location", base + "/Users/" + p.id()).put("version", "W/\"" + p.version() + "\"");
        return user;
    }

    /** What a User resource sets; every attribute it leaves out is cleared, as a replace does. */
    static ProvisionedDraft draft(JsonNode user) {
        if (!user.isObject()) {
            throw invalidSyntax("A User resource is a JSON object.");
        }
        String email = workEmail(user);
        if (email == null) {
            email = text(user, "userName");
        }
        if (email == null || email.isBlank()) {
            throw new ScimException(400, "invalidValue", "userName (the e-mail address) is required.");
        }
        String name = name(user);
        if (name == null || name.isBlank()) {
            throw new ScimException(400, "invalidValue", "name.formatted, name.givenName or displayName is required.");
        }
        JsonNode enterprise = user.path(ENTERPRISE);
        Long manager = null;
        JsonNode managerNode = enterprise.path("manager");
        String managerId = managerNode.isObject() ? text(managerNode, "value")
                : managerNode.isString() ? managerNode.stringValue() : null;
        if (managerId != null && !managerId.isBlank()) {
            try {
                manager = Long.valueOf(managerId.strip());
            } catch (NumberFormatException e) {
                throw new ScimException(400, "invalidValue", "manager.value is not the id of a User: " + managerId);
            }
        }
        JsonNode active = user.get("active");
        boolean isActive = active == null || active.isNull() || bool(active, "active");
        return new ProvisionedDraft(email.strip(), name.strip(), text(user, "title"), text(enterprise, "department"),
                manager, isActive, text(user, "externalId"));
    }

    /** The resource after the operations of a PATCH request. */
    static ObjectNode patch(ObjectNode resource, JsonNode request) {
        if (!request.isObject() || !request.path("schemas").isArray() || request.path("schemas").valueStream()
                .noneMatch(schema -> PATCH_SCHEMA.equals(schema.asString("")))) {
            throw invalidSyntax("A PATCH body is a PatchOp message with schema " + PATCH_SCHEMA + ".");
        }
        JsonNode operations = request.get("Operations");
        if (operations == null || !operations.isArray() || operations.isEmpty()) {
            throw invalidSyntax("A PATCH body has a list of Operations.");
        }
        ObjectNode result = resource.deepCopy();
        for (JsonNode op : operations) {
            String kind = text(op, "op");
            if (kind == null) {
                throw invalidSyntax("Each operation has an op: add, replace or remove.");
            }
            String path = text(op, "path");
            JsonNode value = op.get("value");
            switch (kind.toLowerCase(Locale.ROOT)) {
                case "add", "replace" -> {
                    if (value == null) {
                        throw invalidSyntax("An " + kind + " operation has a value.");
                    }
                    if (path == null) {
                        if (!value.isObject()) {
                            throw invalidSyntax("An operation without a path has an object as its value.");
                        }
                        for (String field : value.propertyNames()) {
                            set(result, field, value.get(field));
                        }
                    } else {
                        set(result, path, value);
                    }
                }
                case "remove" -> {
                    if (path == null) {
                        throw new ScimException(400, "noTarget", "A remove operation has a path.");
                    }
                    remove(result, path);
                }
                default -> throw invalidSyntax("Unknown op: " + kind + ".");
            }
        }
        return result;
    }

    private static void set(ObjectNode user, String path, JsonNode value) {
        String p = path.strip();
        String lower = p.toLowerCase(Locale.ROOT);
        String enterprisePrefix = ENTERPRISE.toLowerCase(Locale.ROOT) + ":";
        if (lower.equals(ENTERPRISE.toLowerCase(Locale.ROOT))) {
            if (!value.isObject()) {
                throw new ScimException(400, "invalidValue", "The enterprise extension is an object.");
            }
            for (String field : value.propertyNames()) {
                setEnterprise(user, field, value.get(field));
            }
            return;
        }
        if (lower.startsWith(enterprisePrefix)) {
            setEnterprise(user, p.substring(enterprisePrefix.length()), value);
            return;
        }
        switch (lower) {
            case "active" -> user.put("active", bool(value, "active"));
            case "username", "displayname", "title", "externalid" -> user.set(attribute(lower), scalar(value, p));
            case "name" -> user.set("name", value);
            case "name.formatted", "name.givenname", "name.familyname", "name.middlename" -> {
                ObjectNode name = user.path("name").isObject() ? (ObjectNode) user.get("name")
                        : user.putObject("name");
                if (!lower.equals("name.formatted")) {
                    name.remove("formatted");
                }
                name.set(p.substring(5), scalar(value, p));
            }
            case "emails" -> user.set("emails", value);
            case "emails[type eq \"work\"].value", "emails[primary eq true].value" -> {
                ArrayNode emails = user.putArray("emails");
                emails.addObject().put("value", scalar(value, p).asString()).put("type", "work").put("primary", true);
            }
            default -> throw new ScimException(400, "invalidPath", "This path is not supported: " + path + ".");
        }
    }

    private static void setEnterprise(ObjectNode user, String field, JsonNode value) {
        ObjectNode enterprise = user.path(ENTERPRISE).isObject() ? (ObjectNode) user.get(ENTERPRISE)
                : user.putObject(ENTERPRISE);
        switch (field.toLowerCase(Locale.ROOT)) {
            case "department" -> enterprise.set("department", scalar(value, field));
            case "manager" -> enterprise.set("manager", value.isObject() ? value
                    : JSON.createObjectNode().put("value", scalar(value, field).asString()));
            case "manager.value" -> enterprise.putObject("manager").put("value", scalar(value, field).asString());
            default -> throw new ScimException(400, "invalidPath", "This path is not supported: " + ENTERPRISE
                    + ":" + field + ".");
        }
    }

    private static void remove(ObjectNode user, String path) {
        String lower = path.strip().toLowerCase(Locale.ROOT);
        String enterprisePrefix = ENTERPRISE.toLowerCase(Locale.ROOT) + ":";
        if (lower.startsWith(enterprisePrefix)) {
            String field = lower.substring(enterprisePrefix.length());
            if (!List.of("department", "manager", "manager.value").contains(field)) {
                throw new ScimException(400, "invalidPath", "This path is not supported: " + path + ".");
            }
            if (user.path(ENTERPRISE).isObject()) {
                ((ObjectNode) user.get(ENTERPRISE)).remove(field.startsWith("manager") ? "manager" : field);
            }
            return;
        }
        switch (lower) {
            case "title", "externalid" -> user.remove(attribute(lower));
            default -> throw new ScimException(400, "mutability", "This attribute cannot be removed: " + path + ".");
        }
    }

    private static String attribute(String lower) {
        return switch (lower) {
            case "username" -> "userName";
            case "displayname" -> "displayName";
            case "externalid" -> "externalId";
            default -> lower;
        };
    }

    private static JsonNode scalar(JsonNode value, String path) {
        if (value.isString() || value.isNumber()) {
            return value;
        }
        throw new ScimException(400, "invalidValue", path + " takes a text value.");
    }

    /** A boolean, also as the text "True" or "False" that some identity providers send. */
    private static boolean bool(JsonNode value, String path) {
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isString() && List.of("true", "false").contains(value.stringValue().toLowerCase(Locale.ROOT))) {
            return Boolean.parseBoolean(value.stringValue());
        }
        throw new ScimException(400, "invalidValue", path + " is true or false.");
    }

    private static @Nullable String workEmail(JsonNode user) {
        JsonNode emails = user.get("emails");
        if (emails == null || !emails.isArray()) {
            return null;
        }
        List<JsonNode> all = new ArrayList<>();
        emails.forEach(all::add);
        return all.stream().filter(e -> e.path("primary").asBoolean(false)).findFirst()
                .or(() -> all.stream().filter(e -> "work".equals(e.path("type").asString(""))).findFirst())
                .or(() -> all.stream().findFirst()).map(e -> text(e, "value")).orElse(null);
    }

    private static @Nullable String name(JsonNode user) {
        JsonNode name = user.path("name");
        String formatted = text(name, "formatted");
        if (formatted != null && !formatted.isBlank()) {
            return formatted;
        }
        List<String> parts = new ArrayList<>();
        for (String part : List.of("givenName", "middleName", "familyName")) {
            String value = text(name, part);
            if (value != null && !value.isBlank()) {
                parts.add(value.strip());
            }
        }
        return parts.isEmpty() ? text(user, "displayName") : String.join(" ", parts);
    }

    static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        if (!value.isString() && !value.isNumber()) {
            throw new ScimException(400, "invalidValue", field + " takes a text value.");
        }
        return value.asString();
    }

    private static ScimException invalidSyntax(String detail) {
        return new ScimException(400, "invalidSyntax", detail);
    }
}
