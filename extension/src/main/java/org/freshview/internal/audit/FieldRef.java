package org.freshview.internal.audit;

import org.objectweb.asm.Type;

/**
 * An instance field as the bytecode names it.
 *
 * @param owner      internal name of the declaring class
 * @param name       the field name
 * @param descriptor the field's type descriptor
 */
record FieldRef(String owner, String name, String descriptor) {

    /** {@code com.example.Resource#count}, naming the audited class even for an inherited field. */
    String where(SharedClass shared) {
        return shared.className() + "#" + name;
    }

    /** {@code count (int)}, plus the superclass that declares it when it is not the audited class. */
    String describe(SharedClass shared) {
        String text = name + " (" + simpleName(Type.getType(descriptor)) + ")";
        String declaring = owner.replace('/', '.');
        return declaring.equals(shared.className()) ? text : text + ", declared in " + declaring + ",";
    }

    static String simpleName(Type type) {
        String name = type.getClassName();
        int dot = name.lastIndexOf('.');
        return (dot < 0 ? name : name.substring(dot + 1)).replace('$', '.');
    }
}
