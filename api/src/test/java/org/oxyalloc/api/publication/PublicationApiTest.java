package org.oxyalloc.api.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.oxyalloc.api.ApiTest;
import org.oxyalloc.api.plan.PlanRecord;
import org.oxyalloc.api.plan.PlanRepository;
import org.oxyalloc.api.user.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** Publishing, superseding with a reason, immutability, and the quotas hospitals read from the published plan. */
class PublicationApiTest extends ApiTest {

    @Autowired
    private PlanRepository plans;

    /** Two staff publishing two plans of one day at the same moment: one plan is published, never both. */
    @Test
    void simultaneousPublicationsLeaveOnePublishedPlan() throws Exception {
        long[] ids = {solved(), solved()};
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService staff = Executors.newFixedThreadPool(2);
        List<Future<Integer>> answers = new ArrayList<>();
        for (long id : ids) {
            answers.add(staff.submit(() -> {
                start.await();
                return mvc.perform(post("/api/plans/" + id + "/publication").with(as(Role.STAFF))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"two at once\"}"))
                        .andReturn().getResponse().getStatus();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get(60, TimeUnit.SECONDS));
        }
        staff.shutdown();

        // At the same moment one gets 409 from the database's key; one after the other, the second supersedes.
        assertThat(statuses).contains(200).allMatch(status -> status == 200 || status == 409);
        assertThat(plans.published(problem().date(), problem().region())).hasSize(1)
                .extracting(PlanRecord::id).isSubsetOf(ids[0], ids[1]);
    }

    @Test
    void aLaterPlanSupersedesThePublishedOneWithAReasonAndHospitalsReadTheirQuota() throws Exception {
        long first = solved();
        String date = problem().date().toString();
        mvc.perform(post("/api/plans/" + first + "/publication").with(as(Role.ANALYST))).andExpect(status().isForbidden());
        // Other tests publish for the same day too, so this one supersedes theirs, with a reason.
        mvc.perform(post("/api/plans/" + first + "/publication").with(as(Role.STAFF))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"first plan of this test\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("published"))
                .andExpect(jsonPath("$.publishedBy").value("staff"));

        // Published means immutable.
        mvc.perform(post("/api/plans/" + first + "/solve").with(as(Role.STAFF))).andExpect(status().isConflict());
        mvc.perform(post("/api/plans/" + first + "/publication").with(as(Role.STAFF))).andExpect(status().isConflict());

        mvc.perform(get("/api/quotas/" + hospitalId()).param("date", date).with(as(Role.HOSPITAL)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.planId").value(first))
                .andExpect(jsonPath("$.quota.hospital.id").value(hospitalId()))
                .andExpect(jsonPath("$.quota.summary", containsString("asked for")));
        mvc.perform(get("/api/quotas/" + hospitalId()).param("date", date).param("format", "csv").with(as(Role.HOSPITAL)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(content().string(startsWith("hospitalId,hospitalName,kind,")));
        String other = problem().hospitals().get(1).id();
        mvc.perform(get("/api/quotas/" + other).param("date", date).with(as(Role.HOSPITAL))).andExpect(status().isForbidden());
        mvc.perform(get("/api/quotas/" + other).param("date", date).with(as(Role.STAFF))).andExpect(status().isOk());
        mvc.perform(get("/api/quotas/" + hospitalId()).param("date", "2020-01-01").with(as(Role.HOSPITAL)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/plans/" + first).param("format", "csv").with(as(Role.ANALYST)))
                .andExpect(status().isOk()).andExpect(content().string(containsString(hospitalId())));

        long second = solved();
        mvc.perform(post("/api/plans/" + second + "/publication").with(as(Role.STAFF)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].path").value("reason"));
        mvc.perform(post("/api/plans/" + second + "/publication").with(as(Role.STAFF))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"Pusri tanker late\"}"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/plans/" + first).with(as(Role.STAFF)))
                .andExpect(jsonPath("$.summary.status").value("superseded"))
                .andExpect(jsonPath("$.summary.supersededBy").value(second))
                .andExpect(jsonPath("$.supersedeReason").value("Pusri tanker late"));
        mvc.perform(get("/api/plans/" + first + "/audit").with(as(Role.STAFF)))
                .andExpect(jsonPath("$[-1].detail.reason").value("Pusri tanker late"));
        mvc.perform(get("/api/quotas/" + hospitalId()).param("date", date).with(as(Role.HOSPITAL)))
                .andExpect(jsonPath("$.planId").value(second));
    }

    @Test
    void onlyASolvedPlanCanBePublished() throws Exception {
        long id = submit("solve=false");
        mvc.perform(post("/api/plans/" + id + "/publication").with(as(Role.STAFF)))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail", containsString("only a solved")));
        mvc.perform(post("/api/plans/424242/publication").with(as(Role.STAFF))).andExpect(status().isNotFound());
    }
}
