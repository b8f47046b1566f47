package org.oxyalloc.api.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.oxyalloc.api.ApiTest;
import org.oxyalloc.api.audit.AuditEvent;
import org.oxyalloc.api.audit.AuditLog;
import org.oxyalloc.api.plan.PlanRecord;
import org.oxyalloc.api.plan.PlanRepository;
import org.oxyalloc.api.plan.PlanStatus;
import org.oxyalloc.api.user.Role;
import org.oxyalloc.api.user.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.MediaType;

/** The same persistence tests on each database: H2 (the default) and PostgreSQL. */
abstract class PersistenceTest extends ApiTest {

    @Autowired
    private PlanRepository plans;
    @Autowired
    private AuditLog audit;
    @Autowired
    private UserRepository users;

    @Test
    void aSubmittedPlanIsStoredWithItsProblemAndAuditTrail() throws Exception {
        long id = submit("solve=false");
        PlanRecord plan = plans.get(id);
        assertThat(plan.status()).isEqualTo(PlanStatus.CREATED);
        assertThat(plan.planDate()).isEqualTo(problem().date());
        assertThat(plan.problemJson()).contains(hospitalId());
        assertThat(plan.createdBy()).isEqualTo("staff");
        assertThat(plan.createdAt()).isNotNull();
        assertThat(plans.list(problem().date(), problem().region().toUpperCase(), PlanStatus.CREATED))
                .extracting(PlanRecord::id).contains(id);
        List<AuditEvent> trail = audit.forPlan(id);
        assertThat(trail).extracting(AuditEvent::event).containsExactly("submitted");
        assertThat(trail.get(0).detail()).contains("\"status\":\"created\"");
        assertThat(users.find("staff")).hasValueSatisfying(user -> {
            assertThat(user.role()).isEqualTo(Role.STAFF);
            assertThat(user.passwordHash()).startsWith("$2a$");
        });
    }

    @Test
    void solvingSavesThePlanAndTheBestScoreHistory() throws Exception {
        long id = solved();
        PlanRecord plan = plans.get(id);
        assertThat(plan.planJson()).contains("\"hospitals\"");
        assertThat(plan.score()).contains("hard");
        assertThat(plan.shortageKg()).isNotNull();
        assertThat(plan.solvingMs()).isPositive();
        assertThat(plans.bestScores(id)).isNotEmpty();
        assertThat(plans.countByStatus()).containsKey(PlanStatus.SOLVED);
        assertThat(audit.forPlan(id)).extracting(AuditEvent::detail)
                .anyMatch(detail -> detail.contains("\"status\":\"solving\""))
                .anyMatch(detail -> detail.contains("\"status\":\"solved\""));
    }

    /** Whatever the application checks, the database keeps one published plan per day and region. */
    @Test
    void theDatabaseRefusesASecondPublishedPlanForADayAndRegion() throws Exception {
        long first = solved();
        long second = solved();
        mvc.perform(post("/api/plans/" + first + "/publication").with(as(Role.STAFF))
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"the database test's plan\"}"))
                .andExpect(status().isOk());

        assertThatThrownBy(() -> plans.publish(second, "staff")).isInstanceOf(DuplicateKeyException.class);
        plans.supersede(first, second, "superseded first, as the service does");
        plans.publish(second, "staff");
        assertThat(plans.published(problem().date(), problem().region())).extracting(PlanRecord::id).containsExactly(second);
    }

    @Test
    void publicationAndSupersessionAreRecorded() throws Exception {
        long first = solved();
        long second = solved();
        for (long id : new long[] {first, second}) {
            mvc.perform(post("/api/plans/" + id + "/publication").with(as(Role.STAFF))
                    .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"new stock figures\"}"))
                    .andExpect(status().isOk());
        }
        PlanRecord superseded = plans.get(first);
        assertThat(superseded.status()).isEqualTo(PlanStatus.SUPERSEDED);
        assertThat(superseded.supersededBy()).isEqualTo(second);
        assertThat(superseded.supersedeReason()).isEqualTo("new stock figures");
        PlanRecord published = plans.get(second);
        assertThat(published.publishedBy()).isEqualTo("staff");
        assertThat(plans.published(problem().date(), problem().region())).extracting(PlanRecord::id).containsExactly(second);
        assertThat(plans.published(problem().date(), null)).extracting(PlanRecord::id).contains(second).doesNotContain(first);
        assertThat(audit.forPlan(first).get(audit.forPlan(first).size() - 1).detail()).contains("superseded");
    }

    @Test
    void auditDetailsKeepTheirJson() {
        audit.record(null, "test-event", Map.of("weights", Map.of("A rule", 3)));
        assertThat(audit.all()).extracting(AuditEvent::detail).contains("{\"weights\":{\"A rule\":3}}");
    }
}
