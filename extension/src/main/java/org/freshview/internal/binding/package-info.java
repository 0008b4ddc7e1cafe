/**
 * How text from a request (a path variable, a query or form value, a header) becomes a Java
 * value: {@link org.freshview.internal.binding.Converters} finds a
 * {@link org.freshview.internal.binding.Converter} per type, by rules decided from
 * {@link org.freshview.internal.binding.ValueType} facts alone, so the annotation processor
 * (which cannot load the types) applies the same rules as the extension at deployment. Plain
 * Java with no CDI or servlet import; the router uses the same facts for its template
 * constraints (a variable bound to {@code int} only matches digits).
 */
package org.freshview.internal.binding;
