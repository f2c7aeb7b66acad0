package vn.gov.cchc.task;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import vn.gov.cchc.support.Api;
import vn.gov.cchc.support.Tasks;
import vn.gov.cchc.support.TestUsers;

/** PUT /plans/{id}/tasks/order takes every task of the plan once, and nothing else (400 naming taskIds). */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class TaskOrderTest {

    @Test
    void anOrderThatIsNotEveryTaskOnceIsRefusedAndChangesNothing() {
        String pt = TestUsers.ptCoordinator();
        long plan = Tasks.draftPlan(pt, "PT", "Kế hoạch sắp xếp phụ lục");
        List<Long> ids = new ArrayList<>();
        for (String content : List.of("Tuyên truyền", "Tập huấn", "Đối thoại", "Kiểm tra")) {
            ids.add(Api.as(pt).body(Tasks.task("I", content, List.of(Tasks.group("COMMUNES")), "Năm 2026"))
                    .post("/api/v1/plans/{id}/tasks", plan).then().statusCode(201).extract().jsonPath().getLong("id"));
        }
        long a = ids.get(0), b = ids.get(1), c = ids.get(2), d = ids.get(3);
        long foreign = Api.as(pt).body(Tasks.task("I", "Việc của kế hoạch khác", List.of(Tasks.group("COMMUNES")), "Năm 2026"))
                .post("/api/v1/plans/{id}/tasks", Tasks.draftPlan(pt, "PT", "Kế hoạch khác")).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        List<List<Long>> wrong = List.of(List.of(), List.of(d), List.of(d, c, b), List.of(d, c, b, b),
                List.of(d, c, b, a, a), List.of(d, c, b, foreign), List.of(d, c, b, a, foreign), List.of(d, c, b, 999_999_999L));
        for (List<Long> order : wrong) {
            Api.as(pt).body(java.util.Map.of("taskIds", order)).put("/api/v1/plans/{id}/tasks/order", plan).then()
                    .statusCode(400).body("errors[0].field", equalTo("taskIds"));
        }
        Api.as(pt).get("/api/v1/plans/{id}/tasks", plan).then().statusCode(200)
                .body("items.id", contains((int) a, (int) b, (int) c, (int) d));
        Api.as(pt).body(java.util.Map.of("taskIds", List.of(d, c, b, a))).put("/api/v1/plans/{id}/tasks/order", plan)
                .then().statusCode(200).body("items.id", contains((int) d, (int) c, (int) b, (int) a))
                .body("items.orderNo", contains(1, 2, 3, 4));
    }
}
