package com.dangjian.ingestion.batch;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.explore.support.JobExplorerFactoryBean;
import org.springframework.batch.core.launch.support.TaskExecutorJobLauncher;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.repository.support.JobRepositoryFactoryBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Spring Batch's job repository, explorer and launcher on a given database (H2 file by default, PostgreSQL
 * on servers), wired by hand: the night needs no application context. The repository schema is created
 * from Spring Batch's own scripts the first time a database is used.
 */
public final class BatchInfrastructure {

    private final JobRepository jobRepository;
    private final JobExplorer jobExplorer;
    private final TaskExecutorJobLauncher jobLauncher;
    private final PlatformTransactionManager transactionManager;

    public BatchInfrastructure(DataSource dataSource) {
        try {
            ensureSchema(dataSource);
            transactionManager = new DataSourceTransactionManager(dataSource);
            JobRepositoryFactoryBean repository = new JobRepositoryFactoryBean();
            repository.setDataSource(dataSource);
            repository.setTransactionManager(transactionManager);
            repository.afterPropertiesSet();
            jobRepository = repository.getObject();
            JobExplorerFactoryBean explorer = new JobExplorerFactoryBean();
            explorer.setDataSource(dataSource);
            explorer.setTransactionManager(transactionManager);
            explorer.afterPropertiesSet();
            jobExplorer = explorer.getObject();
            jobLauncher = new TaskExecutorJobLauncher();
            jobLauncher.setJobRepository(jobRepository);
            jobLauncher.afterPropertiesSet();
        } catch (Exception e) {
            throw new IllegalStateException("cannot open the job repository: " + e.getMessage()
                    + " (check jobRepository.url in the configuration)", e);
        }
    }

    public JobRepository jobRepository() {
        return jobRepository;
    }

    public JobExplorer jobExplorer() {
        return jobExplorer;
    }

    public TaskExecutorJobLauncher jobLauncher() {
        return jobLauncher;
    }

    public PlatformTransactionManager transactionManager() {
        return transactionManager;
    }

    private static void ensureSchema(DataSource dataSource) throws SQLException {
        String platform;
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            // Only the connection's own schema counts: another schema of the same database may hold another repository.
            if (hasTable(meta, c.getSchema(), "BATCH_JOB_INSTANCE") || hasTable(meta, c.getSchema(), "batch_job_instance")) {
                return;
            }
            platform = meta.getDatabaseProductName().toLowerCase().contains("postgres") ? "postgresql" : "h2";
        }
        new ResourceDatabasePopulator(new ClassPathResource("org/springframework/batch/core/schema-" + platform + ".sql"))
                .execute(dataSource);
    }

    private static boolean hasTable(DatabaseMetaData meta, String schema, String name) throws SQLException {
        try (ResultSet rs = meta.getTables(null, schema, name, null)) {
            return rs.next();
        }
    }
}
