package org.oxyalloc.api.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oxyalloc.api.OxyallocApplication;
import org.oxyalloc.api.audit.AuditLog;
import org.oxyalloc.plan.Plan;
import org.oxyalloc.problem.ProblemJson;
import org.oxyalloc.problem.ProblemReader;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Stopping the service in the middle of solving loses nothing: the plan comes back with its saved best and solves again. */
class RestartTest {

    @Test
    void aPlanSolvingAtShutdownComesBackTerminatedWithItsBestPlanAndSolvesAgain(@TempDir Path folder) throws Exception {
        String url = "jdbc:h2:file:" + folder.resolve("oxyalloc") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        long id;
        String savedPlan;
        try (ConfigurableApplicationContext service = start(url)) {
            ProblemReader reader = service.getBean(ProblemReader.class);
            String problem = ProblemJson.mapper().writeValueAsString(
                    reader.read(Path.of("../datasets/dki-jakarta-monas-2021-07-04.json")).problem());
            id = service.getBean(PlanService.class).submit(problem, new PlanService.SubmitOptions("10m", true, null, "test"));
            PlanRepository plans = service.getBean(PlanRepository.class);
            PlanRecord saving = await(plans, id, plan -> plan.status() == PlanStatus.SOLVING && plan.planJson() != null);
            savedPlan = saving.planJson();
        }
        try (ConfigurableApplicationContext service = start(url)) {
            PlanRepository plans = service.getBean(PlanRepository.class);
            PlanRecord plan = plans.get(id);
            assertThat(plan.status()).isEqualTo(PlanStatus.TERMINATED);
            assertThat(plan.planJson()).isNotNull();
            assertThat(PlanService.resultOf(plan).hospitals()).hasSameSizeAs(ProblemJson.mapper()
                    .readValue(savedPlan, Plan.class).hospitals());
            assertThat(plans.bestScores(id)).isNotEmpty();
            assertThat(service.getBean(AuditLog.class).forPlan(id)).anyMatch(event ->
                    event.detail().contains("interrupted by restart") && event.username().equals("system"));

            service.getBean(PlanService.class).solve(id, "1s");
            assertThat(await(plans, id, p -> p.status() == PlanStatus.SOLVED).score()).isNotNull();
        }
    }

    private static ConfigurableApplicationContext start(String url) {
        return new SpringApplicationBuilder(OxyallocApplication.class).profiles("test")
                .properties("spring.datasource.url=" + url, "server.port=0").run();
    }

    private static PlanRecord await(PlanRepository plans, long id, Predicate<PlanRecord> condition) throws InterruptedException {
        Instant end = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(end)) {
            PlanRecord plan = plans.get(id);
            if (condition.test(plan)) {
                return plan;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("plan " + id + " did not get there: " + plans.get(id).status());
    }
}
