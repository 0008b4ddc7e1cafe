package org.freshview.internal.settings;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Optional;

/**
 * The application's MicroProfile Config, found by reflection so that Freshview needs no
 * dependency on it: absent (no API, or an API without an implementation), it gives nothing.
 */
final class MicroProfileConfig implements Source {

    private static final System.Logger LOG = System.getLogger(Settings.class.getName());

    private final Object config;
    private final Method getOptionalValue;

    private MicroProfileConfig(Object config, Method getOptionalValue) {
        this.config = config;
        this.getOptionalValue = getOptionalValue;
    }

    /** The configuration the application's class loader sees, or {@code null} without one. */
    static MicroProfileConfig of(ClassLoader application) {
        try {
            Class<?> provider = Class.forName("org.eclipse.microprofile.config.ConfigProvider", true, application);
            Class<?> configType = Class.forName("org.eclipse.microprofile.config.Config", false, application);
            Object config = provider.getMethod("getConfig", ClassLoader.class).invoke(null, application);
            return new MicroProfileConfig(config, configType.getMethod("getOptionalValue", String.class, Class.class));
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            Throwable cause = e instanceof InvocationTargetException ? e.getCause() : e;
            LOG.log(System.Logger.Level.DEBUG, "Freshview: MicroProfile Config is on the class path but gave no"
                    + " configuration; settings are read from the other sources", cause);
            return null;
        }
    }

    @Override
    public SettingValue find(Setting setting) {
        Object value;
        try {
            value = getOptionalValue.invoke(config, setting.key(), String.class);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException("MicroProfile Config cannot read " + setting.key()
                    + ": " + e.getCause().getMessage(), e.getCause());
        }
        if (value instanceof Optional<?> present && present.isPresent()) {
            return new SettingValue(setting, (String) present.get(), "MicroProfile Config property " + setting.key());
        }
        return null;
    }
}
