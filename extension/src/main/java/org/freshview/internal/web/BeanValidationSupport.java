package org.freshview.internal.web;

import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import java.lang.reflect.Method;
import java.util.Iterator;
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
 * in the WAR or the server). It is looked up at deployment; where the server cannot give it yet
 * (Open Liberty 25 answers "Validation not enabled for module" while CDI starts, TomEE 9's bean throws), on the first
 * request that validates. Messages are interpolated in the request's locale by a validator per
 * locale, made on first use and kept (at most {@value #MAX_LOCALES}).
 */
final class BeanValidationSupport implements ValidationSupport {

    private static final System.Logger LOG = System.getLogger(BeanValidationSupport.class.getName());
    private static final int MAX_LOCALES = 64;

    private final BeanManager beanManager;
    private volatile ValidatorFactory factory;
    private volatile MessageInterpolator interpolator;
    private final ConcurrentMap<Locale, Validator> byLocale = new ConcurrentHashMap<>();

    private BeanValidationSupport(BeanManager beanManager) {
        this.beanManager = beanManager;
    }

    /** Called by name from {@link ValidationSupport#find}. */
    static BeanValidationSupport create(BeanManager beanManager) {
        BeanValidationSupport support = new BeanValidationSupport(beanManager);
        try {
            support.factory();
        } catch (RuntimeException e) {
            // Open Liberty 25: ValidationException "Validation not enabled for module"; TomEE 9: an
            // UndeclaredThrowableException from its ValidatorFactory bean. Both work in a request.
            LOG.log(System.Logger.Level.DEBUG, "Bean Validation is looked up on the first request: " + e);
        }
        return support;
    }

    private ValidatorFactory factory() {
        ValidatorFactory found = factory;
        if (found == null) {
            synchronized (this) {
                found = factory;
                if (found == null) {
                    found = lookUp();
                    interpolator = interpolator(found.getMessageInterpolator());
                    factory = found;
                }
            }
        }
        return found;
    }

    /**
     * The factory's interpolator; Apache BVal's default one (TomEE 9) made again, here. BVal's
     * {@code DefaultMessageInterpolator} reads the application's {@code ValidationMessages} for
     * the JVM's default locale once, when it is made, through the thread's class loader; TomEE
     * makes it while deploying, and that read did not find the application's bundle, so a request in
     * that locale (Accept-Language {@code en} on an English JVM) got "{signup.email.invalid}"
     * instead of the application's text while {@code en-US} and {@code de} got theirs (ValidationIT).
     */
    private static MessageInterpolator interpolator(MessageInterpolator own) {
        if (!own.getClass().getName().equals("org.apache.bval.jsr.DefaultMessageInterpolator")) {
            return own;
        }
        try {
            return Validation.byDefaultProvider().configure().getDefaultMessageInterpolator();
        } catch (RuntimeException e) {
            return own;
        }
    }

    private ValidatorFactory lookUp() {
        Set<Bean<?>> beans = beanManager.getBeans(ValidatorFactory.class);
        if (!beans.isEmpty()) {
            Bean<?> bean = beanManager.resolve(beans);
            if (bean != null) {
                return (ValidatorFactory) beanManager.getReference(bean, ValidatorFactory.class,
                        beanManager.createCreationalContext(bean));
            }
        }
        return Validation.buildDefaultValidatorFactory();
    }

    @Override
    public Constraints plan(Method handler, boolean view, boolean parameters, Map<String, String> viewFields,
                            String[] parameterNames, Map<String, String>[] beanFields, int[] beans) {
        return new Plan(this, view, Map.copyOf(viewFields), parameters ? handler : null, parameterNames.clone(),
                beanFields.clone(), beans.clone());
    }

    /** A validator whose messages are in this locale. */
    Validator in(Locale locale) {
        Validator validator = byLocale.get(locale);
        if (validator == null) {
            ValidatorFactory found = factory();
            validator = found.usingContext().messageInterpolator(new InLocale(interpolator, locale)).getValidator();
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
