package org.oxyalloc.api.plan;

import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.oxyalloc.api.user.KnownOrganisations;
import org.oxyalloc.problem.ProblemJson;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The hospitals and suppliers of the stored problems (valid ones, of any status but discarded). The text search finds
 * the few problems that mention the id at all; only those are read, to tell a hospital from a supplier or a road node
 * of the same name.
 */
@Component
class StoredProblemIds implements KnownOrganisations {

    /** The most recent problems that mention an id, read to find it. */
    private static final int READ = 5;

    private final JdbcClient jdbc;

    StoredProblemIds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean hasHospital(String id) {
        return mentioned(id, problem -> problem.path("hospitals"));
    }

    @Override
    public boolean hasSupplier(String id) {
        return mentioned(id, problem -> problem.path("suppliers"));
    }

    private boolean mentioned(String id, Function<JsonNode, JsonNode> list) {
        String pattern = "%\"" + id.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "\"%";
        List<String> problems = jdbc.sql("""
                select problem_json from plans where status not in ('INVALID', 'DISCARDED')
                and problem_json like ? escape '!' order by id desc limit ?""").params(pattern, READ)
                .query(String.class).list();
        for (String problem : problems) {
            try {
                for (JsonNode item : list.apply(ProblemJson.mapper().readTree(problem))) {
                    if (id.equals(item.path("id").asText())) {
                        return true;
                    }
                }
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a stored problem is unreadable", e);
            }
        }
        return false;
    }
}
