package org.freshview.internal.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Where every Freshview setting is read, the first source that gives it wins: the system
 * property, the environment variable ({@link Setting#environmentVariable()}), MicroProfile Config
 * when it is on the class path, the servlet context-param, {@code freshview.properties} at the
 * root of the application's class path. A setting read while CDI boots ({@link
 * Setting#beforeServletContext()}) skips the context-param on every server, also where the
 * context would exist, so that a WAR behaves the same everywhere; {@link
 * #contextParametersReadTooLate()} finds such parameters so the filter can refuse them.
 */
public final class Settings {

    /** The file at the root of the application's class path ({@code WEB-INF/classes/freshview.properties}). */
    public static final String FILE = PropertiesFile.NAME;

    private final List<Source> beforeContext;
    private final Source contextParameters;
    private final List<Source> afterContext;

    Settings(List<Source> beforeContext, Source contextParameters, List<Source> afterContext) {
        this.beforeContext = List.copyOf(beforeContext);
        this.contextParameters = contextParameters;
        this.afterContext = List.copyOf(afterContext);
    }

    /** The settings of the application whose classes {@code application} loads, while CDI boots. */
    public static Settings beforeServletContext(ClassLoader application) {
        return of(application, System::getenv, null);
    }

    /**
     * The settings of a started application, with its servlet context's parameters
     * ({@code ServletContext::getInitParameter}).
     */
    public static Settings withContextParameters(ClassLoader application, UnaryOperator<String> contextParameters) {
        return of(application, System::getenv, contextParameters);
    }

    static Settings of(ClassLoader application, UnaryOperator<String> environment, UnaryOperator<String> contextParameters) {
        List<Source> first = new ArrayList<>();
        first.add(setting -> {
            String value = System.getProperty(setting.key());
            return value == null ? null : new SettingValue(setting, value, "system property " + setting.key());
        });
        first.add(new EnvironmentVariables(environment));
        MicroProfileConfig microProfile = application == null ? null : MicroProfileConfig.of(application);
        if (microProfile != null) {
            first.add(microProfile);
        }
        return new Settings(first, contextParameters == null ? null : contextParameters(contextParameters),
                List.of(new PropertiesFile(application)));
    }

    static Source contextParameters(UnaryOperator<String> parameters) {
        return setting -> {
            String value = parameters.apply(setting.key());
            return value == null ? null : new SettingValue(setting, value, "context-param " + setting.key());
        };
    }

    /** The setting's value from the first source that has it, or empty. */
    public Optional<SettingValue> find(Setting setting) {
        for (Source source : beforeContext) {
            SettingValue value = source.find(setting);
            if (value != null) {
                return Optional.of(value);
            }
        }
        if (contextParameters != null && !setting.beforeServletContext()) {
            SettingValue value = contextParameters.find(setting);
            if (value != null) {
                return Optional.of(value);
            }
        }
        for (Source source : afterContext) {
            SettingValue value = source.find(setting);
            if (value != null) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /**
     * Context-params naming a setting that is read before the servlet context exists, which
     * therefore have no effect: one message each, saying where to set it instead.
     */
    public List<String> contextParametersReadTooLate() {
        List<String> messages = new ArrayList<>();
        if (contextParameters == null) {
            return messages;
        }
        for (Setting setting : Setting.values()) {
            if (setting.beforeServletContext() && contextParameters.find(setting) != null) {
                messages.add("The context-param " + setting.key() + " has no effect: Freshview reads it while CDI"
                        + " boots, before the servlet context exists. Set it as the system property "
                        + setting.key() + ", the environment variable " + setting.environmentVariable()
                        + ", a MicroProfile Config property, or in WEB-INF/classes/" + FILE + ".");
            }
        }
        return messages;
    }
}
