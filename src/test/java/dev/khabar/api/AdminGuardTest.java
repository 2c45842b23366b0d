package dev.khabar.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AdminGuardTest {

    @Test
    void adminEndpointsNeedTheToken() {
        given().post("/api/admin/reindex").then().statusCode(401).body("error", notNullValue());
        given().header("Authorization", "Bearer wrong").post("/api/admin/reindex").then().statusCode(401);
        given().header("Authorization", "test-admin-token").post("/api/admin/reindex").then().statusCode(401);
        given().header("Authorization", "Bearer test-admin-token").post("/api/admin/reindex").then().statusCode(200)
                .body("documents", notNullValue());
    }

    @Test
    void otherEndpointsAreOpen() {
        given().get("/api/documents").then().statusCode(200);
    }
}
