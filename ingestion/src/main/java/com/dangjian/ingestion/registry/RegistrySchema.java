package com.dangjian.ingestion.registry;

import javax.sql.DataSource;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/** Creates the S1 registry tables (for sample and test registries; never on the department's system). */
public final class RegistrySchema {

    private RegistrySchema() {
    }

    public static void create(DataSource dataSource) {
        new ResourceDatabasePopulator(new ClassPathResource("registry/schema.sql")).execute(dataSource);
    }
}
