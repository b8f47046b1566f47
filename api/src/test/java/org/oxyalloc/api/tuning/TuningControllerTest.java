package org.oxyalloc.api.tuning;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.oxyalloc.api.plan.PlanRepository;
import org.oxyalloc.api.user.SecurityConfig;
import org.oxyalloc.api.user.SignInThrottle;
import org.oxyalloc.api.user.UserRepository;
import org.oxyalloc.api.web.NotFoundException;
import org.oxyalloc.engine.AllocationEngine;
import org.oxyalloc.text.Phrase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The tuning endpoints as a web slice: the controller, the security rules and the error handling, with the real
 * engine's constraint catalogue and no database (the plans and the what-if service are mocks). The mock user is
 * signed in as a page's session would be, so its changes carry the session's CSRF token.
 */
@WebMvcTest(TuningController.class)
@Import({SecurityConfig.class, SignInThrottle.class, TuningControllerTest.Engine.class})
class TuningControllerTest {

    @TestConfiguration
    static class Engine {
        @Bean
        AllocationEngine allocationEngine() {
            return new AllocationEngine();
        }
    }

    @Autowired
    private MockMvc mvc;
    @MockitoBean
    private TuningService tuning;
    @MockitoBean
    private PlanRepository plans;
    @MockitoBean
    private UserRepository users;

    @Test
    void anAnalystReadsTheConstraintsHardFirstWithDescriptionsAndDefaultWeights() throws Exception {
        mvc.perform(get("/api/constraints").with(user("analyst").roles("ANALYST")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(26))
                .andExpect(jsonPath("$[0].level").value("hard"))
                .andExpect(jsonPath("$[0].description").isNotEmpty())
                .andExpect(jsonPath("$[?(@.name == 'Tanker trips')].defaultWeight").value(1000))
                .andExpect(jsonPath("$[?(@.name == 'LOX shortage')].level").value("medium"));
    }

    @Test
    void aHospitalMayNotReadTheConstraints() throws Exception {
        mvc.perform(get("/api/constraints").with(user("rs").roles("HOSPITAL")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("your role does not allow this"));
    }

    @Test
    void withoutSigningInTheAnswerAsksForBasicAuthentication() throws Exception {
        mvc.perform(get("/api/constraints"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", containsString("Basic")));
    }

    @Test
    void aWhatIfOfAnUnknownPlanIsNotFound() throws Exception {
        when(tuning.whatIf(eq(404L), any())).thenThrow(new NotFoundException(Phrase.of("notFound.plan", 404L)));
        mvc.perform(post("/api/plans/404/what-if").with(user("analyst").roles("ANALYST")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"timeLimit\": \"1s\"}"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("plan 404 not found"));
    }

    @Test
    void aHospitalMayNotAskForAWhatIf() throws Exception {
        mvc.perform(post("/api/plans/1/what-if").with(user("rs").roles("HOSPITAL")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
        verifyNoInteractions(tuning);
    }

    @Test
    void aComparisonOfAnUnknownPlanIsNotFound() throws Exception {
        when(plans.get(7L)).thenThrow(new NotFoundException(Phrase.of("notFound.plan", 7L)));
        mvc.perform(get("/api/comparisons?base=7&other=8").with(user("staff").roles("STAFF")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail", containsString("plan 7")))
                .andExpect(jsonPath("$.status").value(greaterThan(399)));
    }
}
