package com.dangjian.transform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SparkSessionsTest {

    @Test
    void aClusterGetsTheProjectsOwnJarsFromTheClassPathAndNothingElse(@TempDir Path dir) throws Exception {
        Path transform = Files.createFile(dir.resolve("dangjian-transform-0.1.0-SNAPSHOT.jar"));
        Path jobs = Files.createFile(dir.resolve("dangjian-jobs.jar"));
        Path spark = Files.createFile(dir.resolve("spark-core_2.13-4.0.1.jar"));
        String classPath = String.join(File.pathSeparator, jobs.toString(), spark.toString(), transform.toString(),
                dir.resolve("dangjian-missing.jar").toString(), dir.resolve("classes").toString());
        assertThat(SparkSessions.projectJars(classPath)).isEqualTo(jobs + "," + transform);
        assertThat(SparkSessions.projectJars(null)).isEmpty();
    }
}
