package nl.spiegel360.provisioning;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The schemas this service provider supports, as {@code /Schemas} describes them (RFC 7643, section 7). */
final class ScimSchemas {

    private ScimSchemas() {
    }

    static ObjectNode user() {
        ObjectNode schema = schema(ScimUsers.USER_SCHEMA, "User", "A person of the organisation");
        ArrayNode attributes = schema.putArray("attributes");
        attribute(attributes, "userName", "string", true, "server", "The e-mail address the person signs in with");
        ObjectNode name = attribute(attributes, "name", "complex", true, "none", "The person's name");
        ArrayNode parts = name.putArray("subAttributes");
        for (String part : new String[] {"formatted", "givenName", "middleName", "familyName"}) {
            attribute(parts, part, "string", false, "none", "Part of the name");
        }
        attribute(attributes, "displayName", "string", false, "none", "The name as shown");
        attribute(attributes, "title", "string", false, "none", "The job title");
        attribute(attributes, "externalId", "string", false, "none", "The identifier the client gives");
        ObjectNode emails = attribute(attributes, "emails", "complex", false, "none", "The work e-mail address");
        emails.put("multiValued", true);
        ArrayNode emailParts = emails.putArray("subAttributes");
        attribute(emailParts, "value", "string", false, "none", "The address");
        attribute(emailParts, "type", "string", false, "none", "work");
        attribute(emailParts, "primary", "boolean", false, "none", "Whether it is the primary address");
        attribute(attributes, "active", "boolean", false, "none", "False deactivates the account and ends its"
                + " sessions");
        return schema;
    }

    static ObjectNode enterprise() {
        ObjectNode schema = schema(ScimUsers.ENTERPRISE, "EnterpriseUser", "The person's place in the organisation");
        ArrayNode attributes = schema.putArray("attributes");
        attribute(attributes, "department", "string", false, "none", "The team");
        ObjectNode manager = attribute(attributes, "manager", "complex", false, "none", "The manager");
        attribute(manager.putArray("subAttributes"), "value", "string", false, "none", "The manager's User id");
        return schema;
    }

    private static ObjectNode schema(String id, String name, String description) {
        ObjectNode schema = ScimUsers.JSON.createObjectNode();
        schema.putArray("schemas").add("urn:ietf:params:scim:schemas:core:2.0:Schema");
        schema.put("id", id).put("name", name).put("description", description);
        schema.putObject("meta").put("resourceType", "Schema").put("location", "/Schemas/" + id);
        return schema;
    }

    private static ObjectNode attribute(ArrayNode list, String name, String type, boolean required,
            String uniqueness, String description) {
        return list.addObject().put("name", name).put("type", type).put("multiValued", false)
                .put("description", description).put("required", required).put("caseExact", false)
                .put("mutability", "readWrite").put("returned", "default").put("uniqueness", uniqueness);
    }
}
