package com.dangjian.contracts.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.dangjian.contracts.files.WholeFile;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

/**
 * The portal's users file (YAML, named by {@code portal.users}): written by {@code ./dangjian users}, read by the
 * portal (again whenever it changes) and checked by {@code doctor}. Written whole ({@link WholeFile}), readable by
 * its owner only, so a reader never sees half a file and no one else reads the hashes.
 */
public final class UsersFile {

    private static final String HEADER = "# 党建数据分析 portal users — managed with ./dangjian users add|disable|list; "
            + "passwords are bcrypt hashes, never the passwords\n";

    private final Path file;

    public UsersFile(Path file) {
        this.file = file;
    }

    public Path path() {
        return file;
    }

    /** Every account, in file order; no file yet is no account. */
    public List<PortalUser> read() {
        if (!Files.exists(file)) {
            return List.of();
        }
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalArgumentException("users file " + file + " is not valid YAML: " + e.getMessage(), e);
        }
        List<PortalUser> users = new ArrayList<>();
        JsonNode list = root == null ? null : root.get("users");
        if (list == null || list.isNull()) {
            return users;
        }
        int n = 0;
        for (JsonNode u : list) {
            n++;
            String where = "users file " + file + ", entry " + n;
            try {
                users.add(new PortalUser(text(u, "username"), text(u, "password"), Role.parse(text(u, "role"), where),
                        text(u, "org"), u.path("disabled").asBoolean(false)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(e.getMessage().startsWith("users file") ? e.getMessage() : where + ": " + e.getMessage(), e);
            }
        }
        return users;
    }

    /** Adds an account or replaces the one of the same name (a new password, role or organisation). */
    public void put(PortalUser user) {
        List<PortalUser> users = new ArrayList<>(read());
        users.removeIf(u -> u.username().equals(user.username()));
        users.add(user);
        write(users);
    }

    /** Disables an account (kept, so the access log's names stay explained); false when there is none of that name. */
    public boolean disable(String username) {
        List<PortalUser> users = new ArrayList<>(read());
        if (users.stream().noneMatch(u -> u.username().equals(username))) {
            return false;
        }
        users.replaceAll(u -> u.username().equals(username) ? u.disable() : u);
        write(users);
        return true;
    }

    private void write(List<PortalUser> users) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (PortalUser u : users) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("username", u.username());
            m.put("password", u.passwordHash());
            m.put("role", u.role().name());
            m.put("org", u.org());
            m.put("disabled", u.disabled());
            out.add(m);
        }
        try {
            String yaml = new ObjectMapper(new YAMLFactory().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER))
                    .writeValueAsString(Map.of("users", out));
            byte[] bytes = (HEADER + yaml).getBytes(StandardCharsets.UTF_8);
            WholeFile.write(file, true, o -> o.write(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the users file " + file + ": " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode n, String key) {
        JsonNode v = n.get(key);
        return v == null || v.isNull() ? null : v.asText();
    }
}
