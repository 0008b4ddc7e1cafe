package org.freshview.internal.settings;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.spi.ConfigBuilder;
import org.eclipse.microprofile.config.spi.ConfigProviderResolver;

import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Optional;

/** A MicroProfile Config implementation holding a fixed map, installed for one test. */
final class TestConfig extends ConfigProviderResolver implements AutoCloseable {

    private final Config config;

    private TestConfig(Map<String, String> values) {
        this.config = (Config) Proxy.newProxyInstance(Config.class.getClassLoader(), new Class<?>[] {Config.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getOptionalValue")) {
                        return Optional.ofNullable(values.get((String) args[0]));
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    /** Makes {@code ConfigProvider.getConfig()} answer {@code values} until closed. */
    static TestConfig install(Map<String, String> values) {
        TestConfig resolver = new TestConfig(values);
        ConfigProviderResolver.setInstance(resolver);
        return resolver;
    }

    @Override
    public void close() {
        ConfigProviderResolver.setInstance(null);
    }

    @Override
    public Config getConfig() {
        return config;
    }

    @Override
    public Config getConfig(ClassLoader loader) {
        return config;
    }

    @Override
    public ConfigBuilder getBuilder() {
        throw new UnsupportedOperationException();
    }

    @Override
    public void registerConfig(Config config, ClassLoader classLoader) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void releaseConfig(Config config) {
    }
}
