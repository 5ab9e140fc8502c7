package nl.spiegel360.provisioning;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.spiegel360.base.UserFacingException;
import nl.spiegel360.people.PeopleProvisioning;
import nl.spiegel360.people.PeopleProvisioning.Provisioned;
import nl.spiegel360.people.PeopleProvisioning.ProvisionedDraft;
import nl.spiegel360.provisioning.ScimErrors.ScimException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * SCIM 2.0 (RFC 7643, RFC 7644) for people: Users (create, read, replace, patch, deactivate on delete, filter by
 * userName or externalId, paging) and the discovery resources. A request is checked whole before anything changes;
 * a refusal changes nothing and answers in SCIM's error format.
 *
 * <p>Just over 300 lines: the protocol's endpoints and their error answers in one place, so that every answer under
 * {@code /scim/v2} is visibly in SCIM's format; the resource mapping is in {@link ScimUsers}, the hold in
 * {@link DeactivationHold}.
 */
@RestController
@RequestMapping("/scim/v2")
class ScimController {

    private static final int MAX_COUNT = 200;
    private static final Pattern FILTER = Pattern.compile(
            "^\\s*(userName|externalId|emails(?:\\[type eq \"work\"])?\\.value)\\s+eq\\s+\"((?:[^\"\\\\]|\\\\.)*)\"\\s*$",
            Pattern.CASE_INSENSITIVE);

    private final PeopleProvisioning people;
    private final DeactivationHold hold;
    private final MessageSource messages;

    ScimController(PeopleProvisioning people, DeactivationHold hold, MessageSource messages) {
        this.people = people;
        this.hold = hold;
        this.messages = messages;
    }

    @GetMapping("/Users")
    ResponseEntity<String> list(@RequestParam(required = false) @Nullable String filter,
            @RequestParam(defaultValue = "1") int startIndex, @RequestParam(defaultValue = "100") int count,
            HttpServletRequest request) {
        String email = null;
        String externalId = null;
        if (filter != null && !filter.isBlank()) {
            Matcher m = FILTER.matcher(filter);
            if (!m.matches()) {
                throw new ScimException(400, "invalidFilter", "Supported filters: userName eq \"…\", externalId eq"
                        + " \"…\", emails.value eq \"…\".");
            }
            String value = m.group(2).replace("\\\"", "\"").replace("\\\\", "\\");
            if (m.group(1).equalsIgnoreCase("externalId")) {
                externalId = value;
            } else {
                email = value;
            }
        }
        int start = Math.max(1, startIndex);
        int size = Math.max(0, Math.min(MAX_COUNT, count));
        var page = people.list(email, externalId, start - 1, size);
        ObjectNode list = ScimUsers.JSON.createObjectNode();
        list.putArray("schemas").add("urn:ietf:params:scim:api:messages:2.0:ListResponse");
        list.put("totalResults", page.total());
        list.put("startIndex", start);
        list.put("itemsPerPage", page.people().size());
        ArrayNode resources = list.putArray("Resources");
        page.people().forEach(p -> resources.add(ScimUsers.resource(p, base(request))));
        return ok(200, list);
    }

    @GetMapping("/Users/{id}")
    ResponseEntity<String> get(@PathVariable String id, HttpServletRequest request) {
        return ok(200, ScimUsers.resource(find(id), base(request)));
    }

    @PostMapping("/Users")
    @Transactional
    ResponseEntity<String> create(@RequestBody(required = false) @Nullable String body, HttpServletRequest request) {
        ProvisionedDraft draft = ScimUsers.draft(parse(body));
        // in a burst of activations the account is created inactive and waits for HR: accepted, not done
        boolean held = draft.active() && hold.holdsActivation();
        Provisioned created = people.create(held ? inactive(draft) : draft);
        if (held) {
            hold.holdActivation(created.id(), client());
        } else if (created.active()) {
            hold.activated(created.id());
        }
        ObjectNode resource = ScimUsers.resource(created, base(request));
        return ResponseEntity.status(held ? 202 : 201).header("Content-Type", ScimErrors.MEDIA_TYPE)
                .header("Location", base(request) + "/Users/" + created.id()).body(resource.toString());
    }

    @PutMapping("/Users/{id}")
    @Transactional
    ResponseEntity<String> replace(@PathVariable String id, @RequestBody(required = false) @Nullable String body,
            HttpServletRequest request) {
        Provisioned current = find(id);
        return apply(current, ScimUsers.draft(parse(body)), request);
    }

    @PatchMapping("/Users/{id}")
    @Transactional
    ResponseEntity<String> patch(@PathVariable String id, @RequestBody(required = false) @Nullable String body,
            HttpServletRequest request) {
        Provisioned current = find(id);
        ObjectNode patched = ScimUsers.patch(ScimUsers.resource(current, base(request)), parse(body));
        return apply(current, ScimUsers.draft(patched), request);
    }

    /** Deactivates (never erases: erasure is HR's, with its own checks). */
    @DeleteMapping("/Users/{id}")
    @Transactional
    ResponseEntity<String> delete(@PathVariable String id, HttpServletRequest request) {
        Provisioned current = find(id);
        ResponseEntity<String> applied = apply(current, new ProvisionedDraft(current.email(), current.name(),
                current.jobTitle(), current.team(), current.managerId(), false, current.externalId()), request);
        // a held deactivation is accepted for HR to decide, not done: 202 with the person, still active
        return applied.getStatusCode().value() == 202 ? applied : ResponseEntity.noContent().build();
    }

    @GetMapping("/ServiceProviderConfig")
    ResponseEntity<String> serviceProviderConfig() {
        ObjectNode config = ScimUsers.JSON.createObjectNode();
        config.putArray("schemas").add("urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig");
        config.putObject("patch").put("supported", true);
        config.putObject("bulk").put("supported", false).put("maxOperations", 0).put("maxPayloadSize", 0);
        config.putObject("filter").put("supported", true).put("maxResults", MAX_COUNT);
        config.putObject("changePassword").put("supported", false);
        config.putObject("sort").put("supported", false);
        config.putObject("etag").put("supported", false);
        config.putArray("authenticationSchemes").addObject().put("type", "oauthbearertoken")
                .put("name", "Bearer token").put("description", "A token HR creates in Spiegel360.")
                .put("primary", true);
        config.putObject("meta").put("resourceType", "ServiceProviderConfig");
        return ok(200, config);
    }

    @GetMapping("/ResourceTypes")
    ResponseEntity<String> resourceTypes(HttpServletRequest request) {
        ObjectNode list = listOf(List.of(userType(request)));
        return ok(200, list);
    }

    @GetMapping("/ResourceTypes/User")
    ResponseEntity<String> userResourceType(HttpServletRequest request) {
        return ok(200, userType(request));
    }

    @GetMapping("/Schemas")
    ResponseEntity<String> schemas() {
        return ok(200, listOf(List.of(ScimSchemas.user(), ScimSchemas.enterprise())));
    }

    @GetMapping("/Schemas/{id}")
    ResponseEntity<String> schema(@PathVariable String id) {
        if (id.equals(ScimUsers.USER_SCHEMA)) {
            return ok(200, ScimSchemas.user());
        }
        if (id.equals(ScimUsers.ENTERPRISE)) {
            return ok(200, ScimSchemas.enterprise());
        }
        throw new ScimException(404, null, "No such schema.");
    }

    /** Anything else under SCIM's path (Groups, Bulk, a typo) is not here, said in SCIM's format. */
    @RequestMapping("/**")
    ResponseEntity<String> elsewhere() {
        throw new ScimException(404, null, "No such resource; this service provides Users.");
    }

    @ExceptionHandler(ScimException.class)
    ResponseEntity<String> refused(ScimException e) {
        return ScimErrors.entity(e);
    }

    /** A parameter that is no number where one is expected, or a body that cannot be read. */
    @ExceptionHandler({org.springframework.web.method.annotation.MethodArgumentTypeMismatchException.class,
        org.springframework.web.bind.MissingServletRequestParameterException.class,
        org.springframework.http.converter.HttpMessageNotReadableException.class})
    ResponseEntity<String> unreadable(Exception e) {
        if (e.getCause() instanceof ScimException scim) {
            return ScimErrors.entity(scim);
        }
        return ScimErrors.entity(new ScimException(400, "invalidValue", "A parameter or the body cannot be read."));
    }

    @ExceptionHandler(org.springframework.web.HttpRequestMethodNotSupportedException.class)
    ResponseEntity<String> method() {
        return ScimErrors.entity(new ScimException(405, null, "That method is not supported here."));
    }

    @ExceptionHandler(UserFacingException.class)
    ResponseEntity<String> invalid(UserFacingException e) {
        String detail = messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), Locale.ENGLISH);
        int status = e.messageKey().endsWith("email-taken") ? 409 : e.messageKey().endsWith("not-found") ? 404
                : 400;
        return ScimErrors.entity(new ScimException(status, status == 409 ? "uniqueness"
                : status == 404 ? null : "invalidValue", String.valueOf(detail)));
    }

    /** The name of the token the identity system called with. */
    private static String client() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "" : authentication.getName().substring(ScimSecurity.ACTOR_PREFIX.length());
    }

    private static ProvisionedDraft inactive(ProvisionedDraft draft) {
        return new ProvisionedDraft(draft.email(), draft.name(), draft.jobTitle(), draft.team(), draft.managerId(),
                false, draft.externalId());
    }

    private ResponseEntity<String> apply(Provisioned current, ProvisionedDraft draft, HttpServletRequest request) {
        String client = client();
        ProvisionedDraft applied = draft;
        boolean held = false;
        if (!current.active() && draft.active()) {
            if (hold.isActivationHeld(current.id()) || hold.holdsActivation()) {
                // the other changes are applied; the activation waits for HR, whatever the identity system sends
                hold.holdActivation(current.id(), client);
                held = true;
                applied = inactive(draft);
            } else {
                hold.activated(current.id());
            }
        } else if (current.active() && !draft.active() && !hold.allow(current.id(), client)) {
            // the other changes are applied; the deactivation waits for HR, whatever the identity system sends next
            held = true;
            applied = new ProvisionedDraft(draft.email(), draft.name(), draft.jobTitle(), draft.team(),
                    draft.managerId(), true, draft.externalId());
        }
        Provisioned updated = people.update(current.id(), applied);
        // a held change is accepted, not done: the resource says whether the person is active now
        return ok(held ? 202 : 200, ScimUsers.resource(updated, base(request)));
    }

    private Provisioned find(String id) {
        try {
            return people.find(Long.parseLong(id)).orElseThrow(() -> notFound(id));
        } catch (NumberFormatException e) {
            throw notFound(id);
        }
    }

    private static ScimException notFound(String id) {
        return new ScimException(404, null, "No User with id " + id + ".");
    }

    private static JsonNode parse(@Nullable String body) {
        if (body == null || body.isBlank()) {
            throw new ScimException(400, "invalidSyntax", "The request has no body.");
        }
        try {
            return ScimUsers.JSON.readTree(body);
        } catch (JacksonException e) {
            throw new ScimException(400, "invalidSyntax", "The body is not valid JSON.");
        }
    }

    private ObjectNode userType(HttpServletRequest request) {
        ObjectNode type = ScimUsers.JSON.createObjectNode();
        type.putArray("schemas").add("urn:ietf:params:scim:schemas:core:2.0:ResourceType");
        type.put("id", "User").put("name", "User").put("endpoint", "/Users").put("description", "A person")
                .put("schema", ScimUsers.USER_SCHEMA);
        type.putArray("schemaExtensions").addObject().put("schema", ScimUsers.ENTERPRISE).put("required", false);
        type.putObject("meta").put("resourceType", "ResourceType").put("location", base(request)
                + "/ResourceTypes/User");
        return type;
    }

    private static ObjectNode listOf(List<ObjectNode> resources) {
        ObjectNode list = ScimUsers.JSON.createObjectNode();
        list.putArray("schemas").add("urn:ietf:params:scim:api:messages:2.0:ListResponse");
        list.put("totalResults", resources.size()).put("startIndex", 1).put("itemsPerPage", resources.size());
        ArrayNode all = list.putArray("Resources");
        resources.forEach(all::add);
        return list;
    }

    private static String base(HttpServletRequest request) {
        String url = request.getRequestURL().toString();
        return url.substring(0, url.indexOf("/scim/v2") + "/scim/v2".length());
    }

    private static ResponseEntity<String> ok(int status, JsonNode body) {
        return ResponseEntity.status(status).header("Content-Type", ScimErrors.MEDIA_TYPE).body(body.toString());
    }
}
