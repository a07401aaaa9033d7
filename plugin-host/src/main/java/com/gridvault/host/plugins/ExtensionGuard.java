package com.gridvault.host.plugins;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

/**
 * Wraps an extension in a proxy of its extension point that runs each call with the plugin's class
 * loader as context loader, lets through the exceptions the API defines (anything in {@code
 * com.gridvault.plugin.api}, cancellation, declared checked exceptions), and turns everything else
 * into a {@link PluginExtensionException} that names the plugin.
 */
final class ExtensionGuard {

    private static final String API_PACKAGE = "com.gridvault.plugin.api";

    private ExtensionGuard() {}

    static <T> T guard(
            Class<T> point, T target, String pluginId, ClassLoader pluginLoader, Consumer<Throwable> onFailure) {
        Object proxy = Proxy.newProxyInstance(point.getClassLoader(), new Class<?>[] {point}, (self, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return objectMethod(self, target, method, args);
            }
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            thread.setContextClassLoader(pluginLoader);
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                Throwable cause = e.getCause();
                if (passesThrough(method, cause)) {
                    throw cause;
                }
                onFailure.accept(cause);
                throw new PluginExtensionException(
                        pluginId,
                        "Plugin '" + pluginId + "' failed in " + point.getSimpleName() + "." + method.getName() + ": "
                                + Failures.describe(cause),
                        cause);
            } finally {
                thread.setContextClassLoader(previous);
            }
        });
        return point.cast(proxy);
    }

    private static boolean passesThrough(Method method, Throwable cause) {
        if (cause instanceof CancellationException || cause instanceof VirtualMachineError) {
            return true;
        }
        if (cause.getClass().getName().startsWith(API_PACKAGE)) {
            return true;
        }
        for (Class<?> declared : method.getExceptionTypes()) {
            if (declared.isInstance(cause) && !(cause instanceof RuntimeException)) {
                return true;
            }
        }
        return false;
    }

    private static Object objectMethod(Object self, Object target, Method method, Object[] args) {
        return switch (method.getName()) {
            case "equals" -> self == args[0];
            case "hashCode" -> System.identityHashCode(self);
            default -> "guarded " + target;
        };
    }
}
