package nl.spiegel360.security;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.springframework.aop.support.AopUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** Every public method of every service of the product, with the access rule that guards it. */
record ServiceMethods(Object bean, Class<?> type, Method method, String rule) {

    static List<ServiceMethods> of(ApplicationContext context) {
        List<ServiceMethods> all = new ArrayList<>();
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
                PreAuthorize onMethod = AnnotatedElementUtils.findMergedAnnotation(method, PreAuthorize.class);
                PreAuthorize onType = AnnotatedElementUtils.findMergedAnnotation(type, PreAuthorize.class);
                PreAuthorize rule = onMethod != null ? onMethod : onType;
                if (rule != null) {
                    all.add(new ServiceMethods(bean, type, method, rule.value()));
                }
            }
        }
        return all;
    }

    String name() {
        return type.getSimpleName() + "." + method.getName();
    }

    boolean forHrOnly() {
        return rule.contains("hasRole('HR')");
    }

    boolean open() {
        return rule.contains("permitAll");
    }

    /** Calls the method through the bean's proxy, so that its access rule applies. */
    Object call(Object... args) throws ReflectiveOperationException {
        return bean.getClass().getMethod(method.getName(), method.getParameterTypes()).invoke(bean, args);
    }
}
