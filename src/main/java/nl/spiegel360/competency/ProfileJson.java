package nl.spiegel360.competency;

import nl.spiegel360.base.Emphasis;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.spiegel360.base.TextFile;
import nl.spiegel360.competency.CompetencyReadModels.IndicatorDetail;
import nl.spiegel360.competency.CompetencyReadModels.ProfileCompetency;
import nl.spiegel360.competency.CompetencyReadModels.ProfileDocument;
import nl.spiegel360.competency.ProfileDefinition.CompetencyDefinition;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The exchange format of role profiles between installations. Reading is as strict as the document reader:
 * every unknown field, wrong type, missing value or broken rule is reported with its path.
 *
 * <p>Longer than 300 lines: it is the format's one reader and writer, kept whole so that both sides of the format
 * change together.
 */
final class ProfileJson {

    static final String FORMAT = "spiegel360.role-profile";
    static final int FORMAT_VERSION = 1;
    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final Set<String> PROFILE_FIELDS = Set.of("format", "formatVersion", "name", "versionLabel",
            "introduction", "competencies");
    private static final Set<String> COMPETENCY_FIELDS = Set.of("label", "definition", "cluster", "kind", "norm",
            "documentPosition", "levels", "translations");
    private static final Set<String> TRANSLATION_FIELDS = Set.of("label", "definition", "levels");

    private final List<ImportMessage> errors = new ArrayList<>();

    private ProfileJson() {
    }

    static String write(ProfileDocument document) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT).put("formatVersion", FORMAT_VERSION).put("name", document.name())
                .put("versionLabel", document.versionLabel()).put("introduction", document.introduction());
        ArrayNode list = root.putArray("competencies");
        for (ProfileCompetency c : document.competencies()) {
            ObjectNode node = list.addObject().put("label", c.label()).put("definition", c.definition())
                    .put("cluster", c.cluster()).put("kind", c.kind().name()).put("norm", c.norm())
                    .put("documentPosition", c.documentPosition());
            ArrayNode levels = node.putArray("levels");
            c.levels().forEach(l -> {
                ArrayNode indicators = levels.addArray();
                l.indicators().stream().map(IndicatorDetail::marked).forEach(indicators::add);
            });
            writeTranslations(node, c);
        }
        return MAPPER.writeValueAsString(root);
    }

    /** The competency's translations, per language: label, definition, and indicators where any is translated. */
    private static void writeTranslations(ObjectNode node, ProfileCompetency c) {
        if (c.translations().isEmpty()) {
            return;
        }
        ObjectNode all = node.putObject("translations");
        new java.util.TreeMap<>(c.translations()).forEach((language, text) -> {
            ObjectNode t = all.putObject(language).put("label", text.label()).put("definition", text.definition());
            boolean any = c.levels().stream().flatMap(l -> l.indicators().stream())
                    .anyMatch(i -> i.translations().containsKey(language));
            if (any) {
                ArrayNode levels = t.putArray("levels");
                c.levels().forEach(l -> {
                    ArrayNode indicators = levels.addArray();
                    l.indicators().forEach(i -> indicators.add(i.translations().getOrDefault(language, "")));
                });
            }
        });
    }

    static ProfileDocumentParser.Result read(byte[] content) {
        String text;
        switch (TextFile.decodeUtf8(content, ProfileDocumentParser.MAX_BYTES)) {
            case TextFile.Problem p -> {
                return new ProfileDocumentParser.Result(null, List.of(ImportMessage.at(p.line(), p.key(),
                        p.argument())), List.of());
            }
            case TextFile.Text t -> text = t.text();
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            return new ProfileDocumentParser.Result(null,
                    List.of(ImportMessage.at(line, "profile.json.error.syntax")), List.of());
        }
        ProfileJson reader = new ProfileJson();
        ProfileDefinition profile = reader.profile(root);
        return new ProfileDocumentParser.Result(reader.errors.isEmpty() ? profile : null, List.copyOf(reader.errors),
                List.of());
    }

    /**
     * A document's profile with the translations of a translation file: {@code {"competencies": {label: {language:
     * {label, definition, levels}}}}}, each as in the profile format. Every problem is reported with its path.
     */
    static ProfileDocumentParser.Result withTranslations(ProfileDocumentParser.Result document, byte[] content) {
        ProfileDefinition profile = document.profile();
        if (profile == null || !document.errors().isEmpty()) {
            return document;
        }
        JsonNode root;
        switch (TextFile.decodeUtf8(content, ProfileDocumentParser.MAX_BYTES)) {
            case TextFile.Problem p -> {
                return new ProfileDocumentParser.Result(null, List.of(ImportMessage.at(p.line(), p.key(),
                        p.argument())), document.warnings());
            }
            case TextFile.Text t -> {
                try {
                    root = MAPPER.readTree(t.text());
                } catch (JacksonException e) {
                    return new ProfileDocumentParser.Result(null, List.of(ImportMessage.at(
                            e.getLocation() == null ? 0 : e.getLocation().getLineNr(), "profile.json.error.syntax")),
                            document.warnings());
                }
            }
        }
        ProfileJson reader = new ProfileJson();
        JsonNode all = root == null ? null : root.get("competencies");
        if (all == null || !all.isObject()) {
            reader.fail("$.competencies", "profile.json.error.object");
        } else {
            java.util.Set<String> labels = new HashSet<>();
            profile.competencies().forEach(c -> labels.add(c.label()));
            all.propertyNames().forEach(label -> {
                if (!labels.contains(label)) {
                    reader.fail("$.competencies." + label, "profile.json.error.unknown-field");
                }
            });
        }
        List<CompetencyDefinition> translated = new ArrayList<>();
        for (CompetencyDefinition c : profile.competencies()) {
            var translations = reader.translations(all == null ? null : all.get(c.label()),
                    "$.competencies." + c.label(), c.levels());
            translated.add(new CompetencyDefinition(c.label(), c.definition(), c.cluster(), c.kind(), c.norm(),
                    c.levels(), c.documentPosition(), translations));
        }
        if (!reader.errors.isEmpty()) {
            return new ProfileDocumentParser.Result(null, List.copyOf(reader.errors), document.warnings());
        }
        return new ProfileDocumentParser.Result(new ProfileDefinition(profile.name(), profile.versionLabel(),
                profile.introduction(), translated), List.of(), document.warnings());
    }

    private @Nullable ProfileDefinition profile(@Nullable JsonNode root) {
        if (root == null || !root.isObject()) {
            fail("$", "profile.json.error.object");
            return null;
        }
        unknownFields(root, PROFILE_FIELDS, "$");
        if (!FORMAT.equals(text(root, "format", "$", true)) || !root.path("formatVersion").isInt()
                || root.path("formatVersion").intValue() != FORMAT_VERSION) {
            fail("$.format", "profile.json.error.format");
        }
        String name = text(root, "name", "$", true);
        String versionLabel = text(root, "versionLabel", "$", false);
        String introduction = text(root, "introduction", "$", false);
        JsonNode list = root.get("competencies");
        List<CompetencyDefinition> competencies = new ArrayList<>();
        if (list == null || !list.isArray() || list.isEmpty()) {
            fail("$.competencies", "profile.json.error.competencies");
        } else {
            Set<String> labels = new HashSet<>();
            for (int i = 0; i < list.size(); i++) {
                CompetencyDefinition c = competency(list.get(i), "$.competencies[" + i + "]", i);
                if (c != null && !labels.add(c.label().toLowerCase(Locale.ROOT))) {
                    fail("$.competencies[" + i + "].label", "profile.import.error.duplicate-competency", c.label());
                } else if (c != null) {
                    competencies.add(c);
                }
            }
        }
        if (name != null && name.length() > CompetencyLimits.PROFILE_NAME_MAX) {
            fail("$.name", "profile.json.error.too-long");
        }
        return errors.isEmpty() && name != null ? new ProfileDefinition(name, versionLabel == null ? "" : versionLabel,
                introduction == null ? "" : introduction, competencies) : null;
    }

    private @Nullable CompetencyDefinition competency(JsonNode node, String path, int index) {
        if (!node.isObject()) {
            fail(path, "profile.json.error.object");
            return null;
        }
        int before = errors.size();
        unknownFields(node, COMPETENCY_FIELDS, path);
        String label = text(node, "label", path, true);
        String definition = text(node, "definition", path, true);
        String cluster = text(node, "cluster", path, true);
        String kindText = text(node, "kind", path, true);
        CompetencyKind kind = null;
        if (kindText != null) {
            try {
                kind = CompetencyKind.valueOf(kindText);
            } catch (IllegalArgumentException e) {
                fail(path + ".kind", "profile.json.error.kind", kindText);
            }
        }
        List<List<String>> levels = new ArrayList<>();
        JsonNode levelsNode = node.get("levels");
        if (levelsNode == null || !levelsNode.isArray()) {
            fail(path + ".levels", "profile.json.error.levels");
        } else {
            for (int l = 0; l < levelsNode.size(); l++) {
                JsonNode level = levelsNode.get(l);
                List<String> indicators = new ArrayList<>();
                if (!level.isArray()) {
                    fail(path + ".levels[" + l + "]", "profile.json.error.levels");
                    continue;
                }
                for (int i = 0; i < level.size(); i++) {
                    if (!level.get(i).isString()) {
                        fail(path + ".levels[" + l + "][" + i + "]", "profile.json.error.text");
                    } else {
                        indicators.add(level.get(i).stringValue().strip());
                    }
                }
                levels.add(indicators);
            }
        }
        JsonNode normNode = node.get("norm");
        if (normNode == null || !normNode.isInt()) {
            fail(path + ".norm", "profile.json.error.norm");
        } else if (normNode.intValue() < 1 || normNode.intValue() > levels.size()) {
            fail(path + ".norm", "profile.import.error.norm-outside", label == null ? "" : label, normNode.intValue(),
                    levels.size());
        }
        JsonNode position = node.get("documentPosition");
        if (position != null && !position.isInt()) {
            fail(path + ".documentPosition", "profile.json.error.norm");
        }
        if (errors.size() == before) {
            String problem = CompetencyRules.problem(label, definition, cluster, kind, levels);
            if (problem != null) {
                fail(path, problem);
            }
        }
        if (errors.size() != before || label == null || definition == null || cluster == null || kind == null
                || normNode == null) {
            return null;
        }
        java.util.Map<String, ProfileDefinition.Translation> translations = translations(node.get("translations"),
                path + ".translations", levels);
        if (errors.size() != before) {
            return null;
        }
        return new CompetencyDefinition(label, definition, cluster, kind, normNode.intValue(), levels,
                position == null ? index : position.intValue(), translations);
    }

    /**
     * The translations of a competency by language: each a label, perhaps a definition, and perhaps indicators in
     * exactly the shape of the original's levels (an empty text: not translated).
     */
    private java.util.Map<String, ProfileDefinition.Translation> translations(@Nullable JsonNode node, String path,
            List<List<String>> original) {
        java.util.Map<String, ProfileDefinition.Translation> result = new java.util.TreeMap<>();
        if (node == null || node.isNull()) {
            return result;
        }
        if (!node.isObject()) {
            fail(path, "profile.json.error.object");
            return result;
        }
        for (String language : node.propertyNames()) {
            String at = path + "." + language;
            JsonNode value = node.get(language);
            if (!ProfileLanguages.TRANSLATIONS.contains(language)) {
                fail(at, "profile.json.error.translation-language", language,
                        String.join(", ", ProfileLanguages.TRANSLATIONS));
                continue;
            }
            if (!value.isObject()) {
                fail(at, "profile.json.error.object");
                continue;
            }
            unknownFields(value, TRANSLATION_FIELDS, at);
            String label = text(value, "label", at, true);
            String definition = text(value, "definition", at, false);
            if (label != null && label.length() > CompetencyLimits.LABEL_MAX) {
                fail(at + ".label", "profile.json.error.too-long");
            }
            if (definition != null && definition.length() > CompetencyLimits.DEFINITION_MAX) {
                fail(at + ".definition", "profile.json.error.too-long");
            }
            List<List<String>> levels = translatedLevels(value.get("levels"), at + ".levels", original);
            if (label != null) {
                result.put(language, new ProfileDefinition.Translation(label, definition == null ? "" : definition,
                        levels));
            }
        }
        return result;
    }

    private List<List<String>> translatedLevels(@Nullable JsonNode node, String path, List<List<String>> original) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray() || node.size() != original.size()) {
            fail(path, "profile.json.error.translation-shape", original.size());
            return List.of();
        }
        List<List<String>> levels = new ArrayList<>();
        for (int l = 0; l < node.size(); l++) {
            JsonNode level = node.get(l);
            int expected = original.get(l).size();
            if (!level.isArray() || level.size() != expected) {
                fail(path + "[" + l + "]", "profile.json.error.translation-shape", expected);
                continue;
            }
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < level.size(); i++) {
                JsonNode text = level.get(i);
                if (!text.isString()) {
                    fail(path + "[" + l + "][" + i + "]", "profile.json.error.text");
                    continue;
                }
                String value = text.stringValue().strip();
                if (Emphasis.plain(value).length() > CompetencyLimits.INDICATOR_MAX
                        || value.length() > CompetencyLimits.MARKED_MAX) {
                    fail(path + "[" + l + "][" + i + "]", "profile.json.error.too-long");
                }
                texts.add(value);
            }
            levels.add(texts);
        }
        return levels;
    }

    private @Nullable String text(JsonNode node, String field, String path, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                fail(path + "." + field, "profile.json.error.required");
            }
            return null;
        }
        if (!value.isString()) {
            fail(path + "." + field, "profile.json.error.text");
            return null;
        }
        if (required && value.stringValue().isBlank()) {
            fail(path + "." + field, "profile.json.error.required");
            return null;
        }
        return value.stringValue().strip();
    }

    private void unknownFields(JsonNode node, Set<String> known, String path) {
        for (String name : node.propertyNames()) {
            if (!known.contains(name)) {
                fail(path + "." + name, "profile.json.error.unknown-field");
            }
        }
    }

    private void fail(String path, String key, Object... args) {
        errors.add(ImportMessage.atPath(path, key, args));
    }
}
