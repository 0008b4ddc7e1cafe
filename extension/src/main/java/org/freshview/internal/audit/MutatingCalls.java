package org.freshview.internal.audit;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/** Calls that change the non-thread-safe JDK object they are made on. */
final class MutatingCalls {

    private static final Set<String> COLLECTION_MUTATORS = Set.of(
            "add", "addAll", "addFirst", "addLast", "offer", "offerFirst", "offerLast", "push", "pop", "poll",
            "pollFirst", "pollLast", "remove", "removeAll", "removeIf", "removeFirst", "removeLast", "retainAll",
            "clear", "set", "sort", "replaceAll", "put", "putAll", "putIfAbsent", "putFirst", "putLast",
            "compute", "computeIfAbsent", "computeIfPresent", "merge", "replace");

    private static final Set<String> BUILDER_MUTATORS = Set.of(
            "append", "insert", "delete", "deleteCharAt", "replace", "reverse", "setLength", "setCharAt");

    private static final Set<String> CALENDAR_MUTATORS = Set.of("add", "roll", "clear", "complete");

    private static final Set<String> BIT_SET_MUTATORS = Set.of("set", "clear", "flip", "and", "or", "xor", "andNot");

    private MutatingCalls() {
    }

    /**
     * Whether calling {@code name} on a receiver of static type {@code owner} (an internal name)
     * changes that object in a way concurrent callers can see.
     */
    static boolean isMutating(String owner, String name) {
        if (owner.startsWith("java/util/concurrent/")) {
            return false;
        }
        switch (owner) {
            case "java/lang/StringBuilder", "java/lang/StringBuffer", "java/lang/AbstractStringBuilder" -> {
                return BUILDER_MUTATORS.contains(name);
            }
            case "java/util/Calendar", "java/util/GregorianCalendar" -> {
                return name.startsWith("set") || CALENDAR_MUTATORS.contains(name);
            }
            case "java/util/Date" -> {
                return name.startsWith("set");
            }
            case "java/util/BitSet" -> {
                return BIT_SET_MUTATORS.contains(name);
            }
            default -> {
                // java.text formats keep the value being formatted or parsed in their own fields.
                if (owner.startsWith("java/text/") && owner.endsWith("Format")) {
                    return name.startsWith("set") || name.startsWith("apply")
                            || name.startsWith("format") || name.startsWith("parse");
                }
                return isJdkCollection(owner) && COLLECTION_MUTATORS.contains(name);
            }
        }
    }

    private static boolean isJdkCollection(String owner) {
        if (!owner.startsWith("java/util/")) {
            return false;
        }
        try {
            Class<?> type = Class.forName(owner.replace('/', '.'), false, null);
            return Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type);
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
