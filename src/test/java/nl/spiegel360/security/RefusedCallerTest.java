package nl.spiegel360.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import nl.spiegel360.test.IntegrationTest;
import nl.spiegel360.test.Login;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.stereotype.Service;

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
        for (Object bean : context.getBeansWithAnnotation(Service.class).values()) {
            Class<?> type = AopUtils.getTargetClass(bean);
            if (!type.getPackageName().startsWith("nl.spiegel360")) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers()) || Modifier.isStatic(method.getModifiers())
                        || method.isSynthetic()) {
                    continue;
                }
                String rule = rule(method, type);
                if (rule == null) {
                    continue;
                }
                if (!rule.contains("permitAll")) {
                    login.out();
                    assertRefused(bean, method, AuthenticationCredentialsNotFoundException.class);
                    checked.add(type.getSimpleName() + "." + method.getName());
                }
                if (rule.contains("hasRole('HR')")) {
                    login.as("bram@spiegel360.example");
                    assertRefused(bean, method, AccessDeniedException.class);
                }
            }
        }
        assertThat(checked).contains("PersonService.search", "CycleService.advance", "QuestionnaireService.answer",
                "ReportService.report", "PrivacyService.erase", "ModerationService.hide");
    }

    private static String rule(Method method, Class<?> type) {
        PreAuthorize onMethod = AnnotatedElementUtils.findMergedAnnotation(method, PreAuthorize.class);
        if (onMethod != null) {
            return onMethod.value();
        }
        PreAuthorize onType = AnnotatedElementUtils.findMergedAnnotation(type, PreAuthorize.class);
        return onType == null ? null : onType.value();
    }

    private static void assertRefused(Object bean, Method method, Class<? extends Exception> expected) {
        Object[] args = new Object[method.getParameterCount()];
        Class<?>[] types = method.getParameterTypes();
        for (int i = 0; i < args.length; i++) {
            args[i] = defaultValue(types[i]);
        }
        try {
            Method proxied = bean.getClass().getMethod(method.getName(), method.getParameterTypes());
            proxied.invoke(bean, args);
            fail(method + " ran for a caller who may not call it");
        } catch (InvocationTargetException e) {
            assertThat(e.getCause()).as(method.toString()).isInstanceOf(expected);
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
