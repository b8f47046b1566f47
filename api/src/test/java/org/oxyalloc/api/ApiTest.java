package org.oxyalloc.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.oxyalloc.api.user.Role;
import org.oxyalloc.api.user.UserRepository;
import org.oxyalloc.api.user.UserService;
import org.oxyalloc.problem.Problem;
import org.oxyalloc.problem.ProblemJson;
import org.oxyalloc.problem.ProblemReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** HTTP tests through MockMvc on one shared context (in-memory H2): a user per role, and helpers. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
public abstract class ApiTest {

    public static final String DATASET = "dki-jakarta-monas-2021-07-04";
    protected static final String PASSWORD = "secret-password";

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected ObjectMapper json;
    @Autowired
    private UserRepository users;
    @Autowired
    private UserService userService;
    @Autowired
    private ProblemReader reader;

    /**
     * Every role has a user named after it; the hospital user is bound to the dataset's first hospital, the supplier
     * user to its first supplier.
     */
    @BeforeEach
    void createUsers() throws Exception {
        for (Role role : List.of(Role.STAFF, Role.ANALYST, Role.HOSPITAL, Role.SUPPLIER)) {
            String name = role.name().toLowerCase();
            if (users.find(name).isEmpty()) {
                userService.create(new UserService.NewUser(name, PASSWORD, role,
                        role == Role.HOSPITAL ? hospitalId() : null, role == Role.SUPPLIER ? supplierId() : null, true));
            }
        }
    }

    protected static RequestPostProcessor as(Role role) {
        return role == Role.ADMIN ? httpBasic("admin", "admin-password")
                : httpBasic(role.name().toLowerCase(), PASSWORD);
    }

    protected Problem problem() throws Exception {
        return reader.read(Path.of("../datasets", DATASET + ".json")).problem();
    }

    /** The demo problem with its road network inlined, as a client would send it. */
    protected String problemJson() throws Exception {
        return ProblemJson.mapper().writeValueAsString(problem());
    }

    protected String hospitalId() throws Exception {
        return problem().hospitals().get(0).id();
    }

    protected String supplierId() throws Exception {
        return problem().suppliers().get(0).id();
    }

    protected long submit(String query) throws Exception {
        String body = mvc.perform(post("/api/plans?" + query).with(as(Role.STAFF))
                        .contentType(MediaType.APPLICATION_JSON).content(problemJson()))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        return json.readTree(body).get("id").asLong();
    }

    protected JsonNode read(String url, Role role) throws Exception {
        return json.readTree(mvc.perform(get(url).with(as(role))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    /** Waits until the plan has one of the statuses; fails after the timeout. */
    protected JsonNode awaitStatus(long id, Duration timeout, String... statuses) throws Exception {
        Instant end = Instant.now().plus(timeout);
        while (true) {
            JsonNode status = read("/api/plans/" + id + "/status", Role.STAFF);
            if (Arrays.asList(statuses).contains(status.get("status").asText())) {
                return status;
            }
            assertThat(Instant.now()).as("plan %d still %s", id, status.get("status").asText()).isBefore(end);
            Thread.sleep(100);
        }
    }

    protected long solved() throws Exception {
        long id = submit("timeLimit=1s");
        awaitStatus(id, Duration.ofSeconds(60), "solved");
        return id;
    }
}
