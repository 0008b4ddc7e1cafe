package org.freshview.internal.web;

import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.MethodDescriptor;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Bean Validation through the application's {@link ValidatorFactory}: the container's CDI bean
 * where there is one (every full Jakarta EE server has it, configured by the application's
 * {@code validation.xml} and able to inject into constraint validators), else
 * {@link Validation#buildDefaultValidatorFactory()} (Tomcat and Jetty with Hibernate Validator
 * in the WAR or the server). Messages are interpolated in the request's locale by a validator
 * per locale, made on first use and kept (at most {@value #MAX_LOCALES}); the metadata of views
 * stays in the factory, read once at deployment.
 */
final class BeanValidationSupport implements ValidationSupport {

    private static final int MAX_LOCALES = 64;

    private final ValidatorFactory factory;
    private final MessageInterpolator interpolator;
    private final Validator plain;
    private final ConcurrentMap<Locale, Validator> byLocale = new ConcurrentHashMap<>();

    private BeanValidationSupport(ValidatorFactory factory) {
        this.factory = factory;
        this.interpolator = factory.getMessageInterpolator();
        this.plain = factory.getValidator();
    }

    /** Called by name from {@link ValidationSupport#find}. */
    static BeanValidationSupport create(BeanManager beanManager) {
        Set<Bean<?>> beans = beanManager.getBeans(ValidatorFactory.class);
        if (!beans.isEmpty()) {
            Bean<?> bean = beanManager.resolve(beans);
            if (bean != null) {
                return new BeanValidationSupport((ValidatorFactory) beanManager.getReference(bean,
                        ValidatorFactory.class, beanManager.createCreationalContext(bean)));
            }
        }
        return new BeanValidationSupport(Validation.buildDefaultValidatorFactory());
    }

    @Override
    public Constraints plan(Class<?> view, Map<String, String> viewFields, Method handler, String[] parameterNames,
                            Map<String, String>[] beanFields) {
        boolean viewConstrained = plain.getConstraintsForClass(view).isBeanConstrained();
        MethodDescriptor method = plain.getConstraintsForClass(view)
                .getConstraintsForMethod(handler.getName(), handler.getParameterTypes());
        boolean parametersConstrained = method != null && method.hasConstrainedParameters();
        List<Integer> beans = new ArrayList<>();
        for (int i = 0; i < beanFields.length; i++) {
            if (beanFields[i] != null && plain.getConstraintsForClass(handler.getParameterTypes()[i]).isBeanConstrained()) {
                beans.add(i);
            }
        }
        if (!viewConstrained && !parametersConstrained && beans.isEmpty()) {
            return Constraints.NONE;
        }
        int[] beanIndexes = beans.stream().mapToInt(Integer::intValue).toArray();
        return new Plan(this, viewConstrained, Map.copyOf(viewFields), parametersConstrained ? handler : null,
                parameterNames.clone(), beanFields.clone(), beanIndexes);
    }

    /** A validator whose messages are in this locale. */
    Validator in(Locale locale) {
        Validator validator = byLocale.get(locale);
        if (validator == null) {
            validator = factory.usingContext().messageInterpolator(new InLocale(interpolator, locale)).getValidator();
            if (byLocale.size() < MAX_LOCALES) {
                byLocale.putIfAbsent(locale, validator);
            }
        }
        return validator;
    }

    /** The factory's interpolation, in one locale. */
    private record InLocale(MessageInterpolator base, Locale locale) implements MessageInterpolator {
        @Override
        public String interpolate(String template, Context context) {
            return base.interpolate(template, context, locale);
        }

        @Override
        public String interpolate(String template, Context context, Locale other) {
            return base.interpolate(template, context, other);
        }
    }

    private record Plan(BeanValidationSupport support, boolean view, Map<String, String> viewFields, Method handler,
                        String[] parameterNames, Map<String, String>[] beanFields, int[] beans)
            implements Constraints {

        @Override
        public void check(Object instance, Object[] arguments, Locale locale, FormInput into) {
            Validator validator = support.in(locale);
            if (view) {
                for (ConstraintViolation<Object> violation : validator.validate(instance)) {
                    add(into, property(violation.getPropertyPath().iterator(), viewFields, violation), violation);
                }
            }
            if (handler != null) {
                for (ConstraintViolation<Object> violation
                        : validator.forExecutables().validateParameters(instance, handler, arguments)) {
                    add(into, parameter(violation), violation);
                }
            }
            for (int index : beans) {
                if (arguments[index] != null) {
                    for (ConstraintViolation<Object> violation : validator.validate(arguments[index])) {
                        add(into, property(violation.getPropertyPath().iterator(), beanFields[index], violation),
                                violation);
                    }
                }
            }
        }

        private static void add(FormInput into, String field, ConstraintViolation<Object> violation) {
            if (!into.hasConversionError(field)) {
                into.error(field, violation.getMessage());
            }
        }

        /** The request name of the field a path starts with; the path itself for an unbound one, "" for the class. */
        private static String property(Iterator<Path.Node> nodes, Map<String, String> names,
                                       ConstraintViolation<Object> violation) {
            if (!nodes.hasNext()) {
                return "";
            }
            Path.Node node = nodes.next();
            if (node.getName() == null) {
                return "";
            }
            String name = names.get(node.getName());
            return name != null && !nodes.hasNext() ? name : violation.getPropertyPath().toString();
        }

        /** A parameter's request name, or the field of a cascaded {@code @Valid} form object. */
        private String parameter(ConstraintViolation<Object> violation) {
            Iterator<Path.Node> nodes = violation.getPropertyPath().iterator();
            while (nodes.hasNext()) {
                Path.Node node = nodes.next();
                if (node.getKind() == jakarta.validation.ElementKind.PARAMETER) {
                    int index = node.as(Path.ParameterNode.class).getParameterIndex();
                    if (!nodes.hasNext()) {
                        String name = parameterNames[index];
                        return name != null ? name : node.getName();
                    }
                    if (beanFields[index] != null) {
                        return property(nodes, beanFields[index], violation);
                    }
                }
            }
            return violation.getPropertyPath().toString();
        }
    }
}
