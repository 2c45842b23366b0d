package dev.khabar.eval;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CI's quality gate: the development set must meet eval/thresholds.properties, in-process and over HTTP. */
@QuarkusTest
class DevSetRegressionTest {

    static final Path DEV = Path.of("eval/dev.jsonl");

    @Inject
    EvalCommand eval;

    @TestHTTPResource("/")
    URL service;

    @Test
    void theDevelopmentSetMeetsItsThresholds() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = eval.run(List.of(DEV.toString(), "--out", "target/eval"),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, printed);
        assertTrue(printed.contains("[15/15]"), "progress lines");
        for (String report : List.of("report.json", "report.md", "report.html")) {
            assertTrue(Files.size(Path.of("target/eval", report)) > 1000, report);
        }
    }

    @Test
    void aRunningServiceScoresLikeTheInProcessPipeline() throws IOException {
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream());
        Report local = eval.evaluate(DEV, null, null, quiet);
        Report remote = eval.evaluate(DEV, service.toString().replaceAll("/$", ""), null, quiet);
        assertEquals(local.questions().size(), remote.questions().size());
        for (int i = 0; i < local.questions().size(); i++) {
            QuestionResult a = local.questions().get(i);
            QuestionResult b = remote.questions().get(i);
            assertEquals(a.answer(), b.answer(), a.id());
            assertEquals(a.citations(), b.citations(), a.id());
            assertEquals(a.answerBearingRank(), b.answerBearingRank(), a.id());
        }
        assertEquals(1.0, remote.overall().citationValidity());
    }

    @Test
    void badUsageIsAnExitCodeOfTwo() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        assertEquals(2, eval.run(List.of(), print));
        assertEquals(2, eval.run(List.of("eval/no-such-set.jsonl"), print));
        assertEquals(2, eval.run(List.of(DEV.toString(), "--url"), print));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("usage: eval"));
    }

    @Test
    void theAdminEndpointRunsASetFromTheEvalFolder() {
        given().header("Authorization", "Bearer test-admin-token").contentType("application/json")
                .body("{\"set\":\"eval/dev.jsonl\"}")
                .when().post("/api/admin/eval")
                .then().statusCode(200)
                .body("overall.questions", equalTo(15))
                .body("questions.size()", equalTo(15));
        given().header("Authorization", "Bearer test-admin-token").contentType("application/json")
                .body("{\"set\":\"../etc/passwd\"}")
                .when().post("/api/admin/eval")
                .then().statusCode(400).body("error", containsString("under eval/"));
        given().header("Authorization", "Bearer test-admin-token").contentType("application/json")
                .body("{\"set\":\"eval/missing.jsonl\"}")
                .when().post("/api/admin/eval")
                .then().statusCode(404);
        given().contentType("application/json").body("{\"set\":\"eval/dev.jsonl\"}")
                .when().post("/api/admin/eval")
                .then().statusCode(401);
    }
}
