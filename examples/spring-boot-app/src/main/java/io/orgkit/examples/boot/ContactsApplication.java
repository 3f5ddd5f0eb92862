package io.orgkit.examples.boot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The example application: OrgKit through its Spring Boot starter, a REST API for a contacts page and the page
 * itself at http://localhost:8080/. Start it with {@code ./mvnw -pl examples/spring-boot-app -am spring-boot:run}.
 */
@SpringBootApplication
public class ContactsApplication {
    /**
     * Starts the application.
     *
     * @param args Spring Boot's arguments (e.g. {@code --server.port=9090})
     */
    public static void main(String[] args) {
        SpringApplication.run(ContactsApplication.class, args);
    }
}
