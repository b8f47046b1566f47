package org.oxyalloc.api.user;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class UserRepository {

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<UserAccount> find(String username) {
        return jdbc.sql("select * from users where username = ?").param(username).query(UserAccount.class).optional();
    }

    public List<UserAccount> findAll() {
        return jdbc.sql("select * from users order by username").query(UserAccount.class).list();
    }

    public boolean isEmpty() {
        return jdbc.sql("select count(*) from users").query(Long.class).single() == 0;
    }

    public void insert(UserAccount user) {
        jdbc.sql("""
                insert into users (username, password_hash, role, hospital_id, supplier_id, enabled, created_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(user.username(), user.passwordHash(), user.role().name(), user.hospitalId(), user.supplierId(),
                        user.enabled(), user.createdAt(), user.createdBy())
                .update();
    }

    /** Writes a changed user's role, hospital or supplier, enabled flag and password hash, with who and when. */
    public void update(UserAccount user) {
        jdbc.sql("""
                update users set password_hash = ?, role = ?, hospital_id = ?, supplier_id = ?, enabled = ?, updated_at = ?,
                                 updated_by = ?
                where username = ?""")
                .params(user.passwordHash(), user.role().name(), user.hospitalId(), user.supplierId(), user.enabled(),
                        user.updatedAt(), user.updatedBy(), user.username())
                .update();
    }

    /** Enabled administrators: the last one cannot be disabled or lose the role. */
    public long enabledAdministrators() {
        return jdbc.sql("select count(*) from users where role = 'ADMIN' and enabled").query(Long.class).single();
    }
}
