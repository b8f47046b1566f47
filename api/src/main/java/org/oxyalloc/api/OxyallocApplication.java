package org.oxyalloc.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The oxyalloc service: task-force staff, hospitals and analysts work on the day's oxygen plans over HTTP. */
@SpringBootApplication
@EnableScheduling
public class OxyallocApplication {

    public static void main(String[] args) {
        SpringApplication.run(OxyallocApplication.class, args);
    }
}
