package org.oxyalloc.api.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.oxyalloc.api.ApiTest;
import org.oxyalloc.api.user.Role;
import org.oxyalloc.engine.AllocationEngine;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The pages' access rules and forms over HTTP: sign-in, roles, CSRF, and the API through the page's session. */
class PagesHttpTest extends ApiTest {

    @Autowired
    private AllocationEngine engine;
    @Autowired
    private MessageSource messages;

    /** A plan's warnings come in the reader's language, as its explanations do; the API keeps them in English. */
    @Test
    void aPlansWarningsAreSaidInTheReadersLanguage() throws Exception {
        ObjectNode problem = (ObjectNode) json.readTree(problemJson());
        ObjectNode far = (ObjectNode) problem.withArray("hospitals").get(0);
        // Papua: no filling station of the day is within reach of it.
        far.putObject("location").put("lat", -2.53).put("lon", 140.72);
        String body = mvc.perform(post("/api/plans?timeLimit=1s").with(as(Role.STAFF))
                        .contentType(MediaType.APPLICATION_JSON).content(problem.toString()))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        long id = json.readTree(body).get("id").asLong();
        awaitStatus(id, Duration.ofSeconds(60), "solved");

        assertThat(read("/api/plans/" + id, Role.STAFF).get("plan").get("warnings").toString())
                .contains("Hospital " + far.get("id").asText() + " (", "no medical-grade filling station or collection post is within");
        mvc.perform(get("/plans/" + id).session(signIn("staff"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Rumah sakit " + far.get("id").asText() + " (")))
                .andExpect(content().string(containsString("tidak ada stasiun pengisian atau posko pengumpulan medis dalam")));
    }

    /** The re-plan form: a change of one field re-plans; a change naming no supplier comes back with its error. */
    @Test
    void aPlannerRePlansFromThePlansPage() throws Exception {
        long id = solved();
        String station = problem().suppliers().get(0).id();
        MockHttpSession staff = signIn("staff");
        String replanned = mvc.perform(post("/plans/" + id + "/replan").session(staff).with(csrf())
                        .param("reason", "a filling line broke").param("kind0", "supplier").param("id0", station)
                        .param("field0", "refillCylinders").param("value0", "10").param("timeLimit", "1s"))
                .andExpect(redirectedUrlPattern("/plans/*")).andReturn().getResponse().getRedirectedUrl();
        assertThat(replanned).isNotEqualTo("/plans/" + id);
        mvc.perform(get(replanned).session(staff)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Rencana ulang dari rencana " + id + ": a filling line broke")));

        mvc.perform(post("/plans/" + id + "/replan").session(staff).with(csrf())
                        .param("reason", "SOS").param("kind0", "supplier").param("id0", "NO-SUCH")
                        .param("field0", "refillCylinders").param("value0", "10"))
                .andExpect(redirectedUrl("/plans/" + id + "#replan"))
                .andExpect(flash().attribute("replanErrors", hasItem(
                        containsString("$.changes[0].id \"NO-SUCH\": tidak ada pemasok dengan id ini"))))
                .andExpect(flash().attribute("replanForm", hasEntry("id0", "NO-SUCH")));
        mvc.perform(post("/plans/" + id + "/replan").session(staff).with(csrf())
                        .param("reason", "SOS").param("kind0", "supplier").param("id0", station)
                        .param("field0", "refillCylinders").param("value0", "1.000"))
                .andExpect(flash().attribute("replanErrors", hasItem(containsString("value0 \"1.000\": tulis angka tanpa pemisah ribuan"))));
        mvc.perform(post("/plans/" + id + "/replan").session(signIn("analyst")).with(csrf()).param("reason", "x"))
                .andExpect(status().isForbidden());
    }

    @Test
    void pagesAskToSignInAndEachRoleLandsOnItsPage() throws Exception {
        mvc.perform(get("/plans")).andExpect(status().isFound()).andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Nama pengguna")));
        mvc.perform(get("/login?lang=en")).andExpect(content().string(containsString("User name")));
        mvc.perform(get("/").session(signIn("staff"))).andExpect(redirectedUrl("/plans"));
        mvc.perform(get("/").session(signIn("hospital"))).andExpect(redirectedUrl("/hospitals/" + hospitalId()));
        mvc.perform(formLogin("/login").user("staff").password("wrong")).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void aHospitalSeesOnlyItsOwnPage() throws Exception {
        MockHttpSession hospital = signIn("hospital");
        mvc.perform(get("/hospitals/" + hospitalId()).session(hospital)).andExpect(status().isOk());
        String other = problem().hospitals().get(1).id();
        mvc.perform(get("/hospitals/" + other).session(hospital)).andExpect(status().isForbidden());
        mvc.perform(get("/plans").session(hospital)).andExpect(status().isForbidden());
        mvc.perform(get("/api/plans").session(hospital)).andExpect(status().isForbidden());
        mvc.perform(get("/hospitals/" + other).session(signIn("analyst"))).andExpect(status().isOk());
    }

    @Test
    void publishingFromThePageNeedsItsCsrfTokenAndAPlannersRole() throws Exception {
        long id = solved();
        MockHttpSession staff = signIn("staff");
        mvc.perform(post("/plans/" + id + "/publication").session(staff)).andExpect(status().isForbidden());
        mvc.perform(post("/plans/" + id + "/publication").session(signIn("analyst")).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(read("/api/plans/" + id, Role.STAFF).get("summary").get("status").asText()).isEqualTo("solved");
        mvc.perform(post("/plans/" + id + "/publication").param("reason", "checked by the page test").session(staff)
                        .with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/plans/" + id));
        assertThat(read("/api/plans/" + id, Role.STAFF).get("summary").get("status").asText()).isEqualTo("published");

        long second = solved();
        mvc.perform(post("/plans/" + second + "/publication").session(staff).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("publicationError", containsString("tuliskan alasan rencana ini menggantikannya")));
        mvc.perform(get("/plans/" + id).session(staff)).andExpect(status().isOk())
                .andExpect(content().string(containsString("diterbitkan")));
    }

    @Test
    void theApiAcceptsThePagesSessionButChangesNeedItsCsrfToken() throws Exception {
        MockHttpSession staff = signIn("staff");
        mvc.perform(get("/api/plans").session(staff)).andExpect(status().isOk());
        mvc.perform(post("/api/plans").session(staff).contentType(MediaType.APPLICATION_JSON).content(problemJson()))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.detail").value(
                        containsString("CSRF")));
        mvc.perform(post("/api/plans?solve=false").session(staff).with(csrf().asHeader())
                        .contentType(MediaType.APPLICATION_JSON).content(problemJson()))
                .andExpect(status().isAccepted());
        assertThat(mvc.perform(post("/api/plans?solve=false").with(as(Role.STAFF)).contentType(MediaType.APPLICATION_JSON)
                .content(problemJson())).andExpect(status().isAccepted()).andReturn().getRequest().getSession(false))
                .as("an API client gets no session").isNull();
        assertThat(mvc.perform(get("/api/plans")).andExpect(status().isUnauthorized()).andReturn().getRequest()
                .getSession(false)).as("nor does a request without credentials").isNull();
    }

    @Test
    void pageErrorsAreAPageWithoutInternals() throws Exception {
        MockHttpSession staff = signIn("staff");
        String missing = mvc.perform(get("/plans/999999").session(staff)).andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();
        assertThat(missing).contains("Tidak ditemukan").contains("rencana 999999 tidak ditemukan").doesNotContain("Exception");
        String bad = mvc.perform(get("/plans?date=yesterday").session(staff)).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(bad).contains("date = yesterday").doesNotContain("java.").doesNotContain("Exception");
        assertThat(mvc.perform(get("/plans").session(staff)).andReturn().getResponse()
                .getHeader("Content-Security-Policy")).contains("default-src 'self'");
        mvc.perform(get("/no-such-page").session(staff).accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound())
                .andExpect(result -> assertThat(String.valueOf(result.getResponse().getContentType())).doesNotContain("json"));
        mvc.perform(get("/api/no-such-thing").with(as(Role.STAFF)))
                .andExpect(status().isNotFound()).andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void newPlansSolvingAndStoppingAreForPlanners() throws Exception {
        MockHttpSession analyst = signIn("analyst");
        mvc.perform(get("/plans/new").session(analyst)).andExpect(status().isForbidden());
        long id = solved();
        mvc.perform(post("/plans/" + id + "/solve").session(analyst).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/plans/" + id + "/termination").session(analyst).with(csrf())).andExpect(status().isForbidden());
        MockHttpSession staff = signIn("staff");
        mvc.perform(get("/plans/new").session(staff)).andExpect(status().isOk())
                .andExpect(content().string(containsString("templat XLSX")));
        mvc.perform(post("/plans/" + id + "/termination").session(staff).with(csrf()))
                .andExpect(redirectedUrl("/plans/" + id))
                .andExpect(flash().attribute("actionError", containsString("hanya rencana yang menunggu atau sedang dihitung")));
        mvc.perform(multipart("/plans/new").session(staff).with(csrf()).param("region", "Lampung"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("tidak ada berkas; seharusnya berkas masalah")))
                .andExpect(content().string(containsString("value=\"Lampung\"")));
    }

    @Test
    void analystsPagesAreForReadersOnly() throws Exception {
        long id = solved();
        MockHttpSession hospital = signIn("hospital");
        mvc.perform(get("/constraints").session(hospital)).andExpect(status().isForbidden());
        mvc.perform(get("/plans/" + id + "/what-if").session(hospital)).andExpect(status().isForbidden());
        mvc.perform(get("/comparisons?base=" + id + "&other=" + id).session(hospital)).andExpect(status().isForbidden());
        mvc.perform(get("/api/plans/" + id + "/map").session(hospital)).andExpect(status().isForbidden());
        MockHttpSession analyst = signIn("analyst");
        mvc.perform(get("/constraints").session(analyst)).andExpect(status().isOk())
                .andExpect(content().string(containsString("LOX shortage")))
                .andExpect(content().string(containsString("Stok ditambah kiriman hari ini harus muat di tangki LOX")));
        // Every rule is described in Bahasa Indonesia: a new rule without its sentence fails here.
        assertThat(engine.constraints().keySet()).allSatisfy(name -> assertThat(messages.getMessage(
                "constraint." + name.replace(' ', '_'), null, null, Locale.forLanguageTag("id"))).as(name).isNotBlank());
        mvc.perform(post("/plans/" + id + "/what-if").session(analyst).with(csrf()).param("weight.LOX shortage", "-3"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("LOX shortage &quot;-3&quot;: seharusnya bilangan bulat, 0 atau lebih")));
        mvc.perform(get("/comparisons?base=" + id + "&other=" + id).session(analyst)).andExpect(status().isOk());
    }

    @Test
    void thePlansMapHasEveryHospitalAndEveryDelivery() throws Exception {
        long id = solved();
        JsonNode map = read("/api/plans/" + id + "/map", Role.ANALYST);
        JsonNode plan = read("/api/plans/" + id, Role.ANALYST).get("plan");
        assertThat(map.get("hospitals")).hasSize(problem().hospitals().size());
        assertThat(map.get("suppliers")).hasSize(problem().suppliers().size());
        double delivered = 0;
        for (JsonNode line : map.get("deliveries")) {
            delivered += line.get("amount").asDouble();
        }
        assertThat(delivered).isCloseTo(plan.get("totals").get("loxAllocatedTons").asDouble(), within(0.01));
        Map<String, JsonNode> planned = new HashMap<>();
        plan.get("hospitals").forEach(h -> planned.put(h.get("id").asText(), h));
        for (JsonNode hospital : map.get("hospitals")) {
            assertThat(hospital.get("shareMet").asDouble()).isBetween(0.0, 1.0);
            JsonNode days = planned.get(hospital.get("id").asText()).get("coverageDaysBefore");
            if (days == null || days.isNull()) {
                assertThat(hospital.path("hoursLeft").isNull() || hospital.path("hoursLeft").isMissingNode()).isTrue();
            } else {
                assertThat(hospital.get("hoursLeft").asDouble()).isCloseTo(24 * days.asDouble(), within(0.05));
            }
        }
        mvc.perform(get("/api/plans/999999/map").with(as(Role.ANALYST))).andExpect(status().isNotFound());
    }

    @Test
    void administratorsManageUsersOnTheirPagesAndADisabledUsersSessionEnds() throws Exception {
        MockHttpSession staff = signIn("staff");
        mvc.perform(get("/admin/users").session(staff)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/audit").session(staff)).andExpect(status().isForbidden());
        MockHttpSession admin = (MockHttpSession) mvc.perform(formLogin("/login").user("admin").password("admin-password"))
                .andReturn().getRequest().getSession(false);
        mvc.perform(get("/admin/users").session(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Pengguna baru")));
        mvc.perform(post("/admin/users").session(admin).with(csrf()).param("username", "night-shift")
                        .param("password", "night shift pass").param("role", "STAFF"))
                .andExpect(redirectedUrl("/admin/users")).andExpect(flash().attribute("done", "created"));
        mvc.perform(post("/admin/users").session(admin).with(csrf()).param("username", "weak")
                        .param("password", "password1234").param("role", "STAFF"))
                .andExpect(flash().attribute("userError", containsString("terlalu mudah ditebak")));

        MockHttpSession nightShift = (MockHttpSession) mvc.perform(formLogin("/login").user("night-shift")
                .password("night shift pass")).andExpect(redirectedUrl("/")).andReturn().getRequest().getSession(false);
        mvc.perform(get("/plans").session(nightShift)).andExpect(status().isOk());
        mvc.perform(post("/admin/users/night-shift").session(admin).with(csrf()).param("role", "STAFF"))
                .andExpect(flash().attribute("done", "changed"));
        mvc.perform(get("/plans").session(nightShift)).andExpect(status().isFound())
                .andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(formLogin("/login").user("night-shift").password("night shift pass"))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/admin/audit").session(admin).param("user", "admin")).andExpect(status().isOk())
                .andExpect(content().string(containsString("pengguna diubah")));
    }

    @Test
    void theSignInFormSaysHowLongToWaitAfterFiveWrongPasswords() throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/login").param("username", "analyst").param("password", "not it " + i).with(csrf())
                    .with(from("10.4.4.4"))).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(post("/login").param("username", "analyst").param("password", PASSWORD).with(csrf())
                .with(from("10.4.4.4"))).andExpect(redirectedUrl("/login?wait=30"));
        mvc.perform(get("/login?wait=30")).andExpect(content().string(containsString("coba lagi dalam 30 detik")));
        mvc.perform(post("/login").param("username", "analyst").param("password", PASSWORD).with(csrf())
                .with(from("10.4.4.5"))).andExpect(redirectedUrl("/"));
    }

    @Test
    void aUserChangesTheirOwnPasswordOnTheAccountPage() throws Exception {
        MockHttpSession hospital = signIn("hospital");
        mvc.perform(get("/account").session(hospital)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Masuk sebagai hospital")));
        mvc.perform(post("/account/password").session(hospital).with(csrf()).param("currentPassword", "wrong one")
                        .param("password", "a brand new password"))
                .andExpect(redirectedUrl("/account")).andExpect(flash().attribute("passwordError", "bukan kata sandi Anda saat ini"));
        MockHttpSession other = signIn("hospital");
        mvc.perform(post("/account/password").session(hospital).with(csrf()).param("currentPassword", PASSWORD)
                        .param("password", "a brand new password"))
                .andExpect(redirectedUrl("/login?passwordChanged"));
        mvc.perform(get("/account").session(other).header("Authorization", "x"))
                .andExpect(status().isFound()).andExpect(redirectedUrlPattern("**/login"));
        MockHttpSession again = (MockHttpSession) mvc.perform(formLogin("/login").user("hospital").password("a brand new password"))
                .andExpect(redirectedUrl("/")).andReturn().getRequest().getSession(false);
        mvc.perform(post("/account/password").session(again).with(csrf()).param("currentPassword", "a brand new password")
                .param("password", PASSWORD)).andExpect(redirectedUrl("/login?passwordChanged"));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private MockHttpSession signIn(String user) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(user).password(PASSWORD))
                .andExpect(redirectedUrl("/")).andReturn().getRequest().getSession(false);
    }
}
