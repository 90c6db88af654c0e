package com.dangjian.contracts.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The organisation tree of the latest night (党委 → 党总支 → 党支部), as the dashboards write it beside the site
 * ({@link #FILE}) and the portal reads it to decide whose member-level pages a secretary may open.
 */
public final class OrganisationTree {

    /** Where in the site folder the tree is written. */
    public static final String FILE = "assets/organisations.json";

    public record Organisation(String code, String name, String type, String parent) {
    }

    private final Map<String, Organisation> byCode;

    public OrganisationTree(List<Organisation> organisations) {
        Map<String, Organisation> m = new LinkedHashMap<>();
        organisations.forEach(o -> m.put(o.code(), o));
        this.byCode = Map.copyOf(m);
    }

    public static OrganisationTree empty() {
        return new OrganisationTree(List.of());
    }

    public Organisation get(String code) {
        return code == null ? null : byCode.get(code);
    }

    public int size() {
        return byCode.size();
    }

    /** True when {@code code} is {@code ancestor} or lies below it (a cycle in bad data ends the walk, never loops). */
    public boolean isWithin(String code, String ancestor) {
        if (code == null || ancestor == null) {
            return false;
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String c = code; c != null && seen.add(c); c = parentOf(c)) {
            if (c.equals(ancestor)) {
                return true;
            }
        }
        return false;
    }

    private String parentOf(String code) {
        Organisation o = byCode.get(code);
        return o == null ? null : o.parent();
    }

    public static OrganisationTree read(Path siteDir) {
        Path file = siteDir.resolve(FILE);
        if (!Files.exists(file)) {
            return empty();
        }
        try {
            JsonNode root = new ObjectMapper().readTree(file.toFile());
            List<Organisation> orgs = new ArrayList<>();
            for (JsonNode o : root.path("organisations")) {
                orgs.add(new Organisation(o.path("code").asText(), o.path("name").asText(), o.path("type").asText(),
                        o.hasNonNull("parent") ? o.get("parent").asText() : null));
            }
            return new OrganisationTree(orgs);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the organisation tree " + file + ": " + e.getMessage(), e);
        }
    }

    /** The JSON the site carries (organisation codes, names, types and parents: nothing about members). */
    public static String json(List<Organisation> organisations) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        ArrayNode list = root.putArray("organisations");
        for (Organisation o : organisations) {
            ObjectNode n = list.addObject();
            n.put("code", o.code());
            n.put("name", o.name());
            n.put("type", o.type());
            n.put("parent", o.parent());
        }
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
