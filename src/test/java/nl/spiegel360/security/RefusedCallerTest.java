package nl.spiegel360.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import nl.spiegel360.test.IntegrationTest;
import nl.spiegel360.test.Login;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/**
 * Calls every public method of every service as a caller who may not: anonymously for every method that is not
 * open on purpose, and as a plain employee for every HR method. Each call must be refused before it runs, so a
 * new service method without a working rule fails here.
 */
@IntegrationTest
class RefusedCallerTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    Login login;

    @AfterEach
    void signOut() {
        login.out();
    }

    @Test
    void every_service_method_refuses_an_anonymous_caller_and_every_hr_method_refuses_an_employee() {
        List<String> checked = new ArrayList<>();
        for (ServiceMethods m : ServiceMethods.of(context)) {
            if (!m.open()) {
                login.out();
                assertRefused(m, AuthenticationCredentialsNotFoundException.class);
                checked.add(m.name());
            }
            if (m.forHrOnly()) {
                login.as("bram@spiegel360.example");
                assertRefused(m, AccessDeniedException.class);
            }
        }
        assertThat(checked).contains("PersonAdministration.search", "CycleService.advance", "QuestionnaireService.answer",
                "ReportService.report", "PrivacyService.erase", "ModerationService.hide");
    }

    private static void assertRefused(ServiceMethods m, Class<? extends Exception> expected) {
        Object[] args = new Object[m.method().getParameterCount()];
        Class<?>[] types = m.method().getParameterTypes();
        for (int i = 0; i < args.length; i++) {
            args[i] = defaultValue(types[i]);
        }
        try {
            m.call(args);
            fail(m.method() + " ran for a caller who may not call it");
        } catch (InvocationTargetException e) {
            assertThat(e.getCause()).as(m.method().toString()).isInstanceOf(expected);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object defaultValue(Class<?> type) {
        if (type == long.class) {
            return 0L;
        }
        if (type == int.class) {
            return 0;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == double.class) {
            return 0.0;
        }
        return null;
    }
}
