package org.freshview.internal.audit;

import org.freshview.internal.diagnostics.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SharedStateAuditTest {

    private static final String ROLE = "an @ApplicationScoped test bean (one instance for all requests)";
    private static final String ACK = " If sharing is intended and safe, annotate the field with"
            + " @SharedStateReviewed(reason = \"...\").";
    private static final String WRITE_FIX = " Keep the value in a local variable or a @RequestScoped bean, or use a"
            + " thread-safe type (an AtomicReference, AtomicLong, ...)." + ACK;
    private static final String OBJECT_FIX = " Create the object per request (a local variable or a @RequestScoped"
            + " bean), or use a thread-safe type (ConcurrentHashMap, CopyOnWriteArrayList, DateTimeFormatter"
            + " instead of SimpleDateFormat)." + ACK;

    private static List<String> audit(Class<?> type) {
        return new SharedStateAudit().audit(new SharedClass(type.getName(), type.getClassLoader(), ROLE))
                .stream().map(Diagnostic::toString).toList();
    }

    private static String written(Class<?> type, String field, String fieldType, String method) {
        return "FV-401 " + type.getName() + "#" + field + ": The field " + field + " (" + fieldType + ") is written in "
                + method + ", but the class is " + ROLE + ", so concurrent requests overwrite each other's value."
                + WRITE_FIX;
    }

    private static String changed(Class<?> type, String field, String fieldType, String call, String method) {
        return "FV-403 " + type.getName() + "#" + field + ": The field " + field + " (" + fieldType + ") is changed"
                + " through " + call + " in " + method + ", but the class is " + ROLE + " and the object is not"
                + " thread-safe, so concurrent requests corrupt it or see each other's data." + OBJECT_FIX;
    }

    @Test
    void a_field_assigned_in_a_request_method_is_a_finding() {
        assertEquals(List.of(written(Samples.WritesFieldInRequestMethod.class, "key", "String", "handle()")),
                audit(Samples.WritesFieldInRequestMethod.class));
    }

    @Test
    void a_counter_incremented_in_a_request_method_is_a_finding() {
        assertEquals(List.of(written(Samples.IncrementsCounter.class, "count", "int", "hit()")),
                audit(Samples.IncrementsCounter.class));
    }

    @Test
    void a_write_in_a_private_helper_names_the_helper_and_the_request_method() {
        assertEquals(List.of(written(Samples.WritesInPrivateHelper.class, "user", "String",
                "remember() (called from handle())")), audit(Samples.WritesInPrivateHelper.class));
    }

    @Test
    void a_write_in_a_lambda_is_a_finding() {
        assertEquals(List.of(written(Samples.WritesInLambda.class, "last", "String", "a lambda in handle()")),
                audit(Samples.WritesInLambda.class));
    }

    @Test
    void a_write_in_a_superclass_names_the_declaring_class() {
        Class<?> type = Samples.InheritsWrite.class;
        assertEquals(List.of("FV-401 " + type.getName() + "#user: The field user (String), declared in "
                + Samples.Base.class.getName() + ", is written in login(), but the class is " + ROLE
                + ", so concurrent requests overwrite each other's value." + WRITE_FIX), audit(type));
    }

    @Test
    void a_put_into_a_shared_hash_map_is_a_finding() {
        assertEquals(List.of(changed(Samples.PutsIntoHashMap.class, "cache", "Map", "Map.put", "remember()")),
                audit(Samples.PutsIntoHashMap.class));
    }

    @Test
    void an_add_through_a_local_variable_holding_the_field_is_a_finding() {
        assertEquals(List.of(changed(Samples.AddsThroughLocalVariable.class, "items", "List", "List.add", "add()")),
                audit(Samples.AddsThroughLocalVariable.class));
    }

    @Test
    void an_append_to_a_shared_string_builder_is_a_finding() {
        assertEquals(List.of(changed(Samples.AppendsToBuilder.class, "log", "StringBuilder", "StringBuilder.append",
                "note()")), audit(Samples.AppendsToBuilder.class));
    }

    @Test
    void formatting_with_a_shared_simple_date_format_is_a_finding() {
        assertEquals(List.of(changed(Samples.UsesSharedDateFormat.class, "format", "SimpleDateFormat",
                "SimpleDateFormat.format", "today()")), audit(Samples.UsesSharedDateFormat.class));
    }

    @Test
    void a_setter_on_a_shared_calendar_is_a_finding() {
        assertEquals(List.of(changed(Samples.SetsSharedCalendar.class, "calendar", "Calendar", "Calendar.set",
                "at()")), audit(Samples.SetsSharedCalendar.class));
    }

    @Test
    void an_element_store_into_a_shared_array_is_a_finding() {
        Class<?> type = Samples.StoresIntoArray.class;
        assertEquals(List.of("FV-404 " + type.getName() + "#slots: An element of the array field slots (int[]) is"
                + " written in mark(), but the class is " + ROLE + ", so concurrent requests overwrite each other's"
                + " values. Create the array per request, or use an AtomicIntegerArray / AtomicReferenceArray."
                + ACK), audit(type));
    }

    @Test
    void request_parameter_fields_of_a_shared_resource_are_findings() {
        Class<?> type = Samples.ParamFieldResource.class;
        assertEquals(List.of(
                "FV-402 " + type.getName() + "#id: The field id (String) is filled from @PathParam on every request,"
                        + " but the class is " + ROLE + ", so concurrent requests overwrite each other's value."
                        + " Take the value as a parameter of the resource method, or make the resource"
                        + " @RequestScoped (the Jakarta REST default).",
                "FV-402 " + type.getName() + "#query: The field query (String) is filled from @QueryParam on every"
                        + " request, but the class is " + ROLE + ", so concurrent requests overwrite each other's"
                        + " value. Take the value as a parameter of the resource method, or make the resource"
                        + " @RequestScoped (the Jakarta REST default)."), audit(type));
    }

    @Test
    void lazy_initialisation_of_a_field_that_is_not_volatile_is_a_finding() {
        assertEquals(List.of(written(Samples.BrokenLazyInit.class, "value", "Object", "value()")),
                audit(Samples.BrokenLazyInit.class));
    }

    /** Before, any null test in the method made this lazy initialisation, though a boolean is never null. */
    @Test
    void a_volatile_flag_set_holding_a_lock_is_a_finding_though_the_method_tests_another_value_for_null() {
        assertEquals(List.of(written(Samples.SetsVolatileFlagUnderLock.class, "running", "boolean", "start()")),
                audit(Samples.SetsVolatileFlagUnderLock.class));
    }

    /** Before, the null test of the looked-up value made this lazy initialisation of the map. */
    @Test
    void a_volatile_field_replaced_holding_a_lock_after_a_null_test_of_another_value_is_a_finding() {
        assertEquals(List.of(written(Samples.ReplacesVolatileMapUnderLock.class, "names", "Map", "name()")),
                audit(Samples.ReplacesVolatileMapUnderLock.class));
    }

    @Test
    void a_servlet_counting_requests_in_a_field_is_a_finding() {
        assertEquals(List.of(written(Samples.CountingServlet.class, "requests", "int", "doGet()")),
                audit(Samples.CountingServlet.class));
    }

    @ParameterizedTest
    @ValueSource(classes = {
            Samples.FinalFieldsFromConstructor.class,
            Samples.SetInPostConstruct.class,
            Samples.InjectedFields.class,
            Samples.StaticConstants.class,
            Samples.ThreadSafeTypes.class,
            Samples.VolatileLazyInit.class,
            Samples.VolatileLazyInitWithoutLocal.class,
            Samples.ReviewedField.class,
            Samples.ReviewedClass.class,
            Samples.ReadsOnly.class,
            Samples.ServletConfiguredInInit.class,
            Samples.InitializerAndListener.class})
    void a_safe_shape_is_not_a_finding(Class<?> type) {
        assertEquals(List.of(), audit(type));
    }

    @Test
    void a_class_file_that_cannot_be_read_is_skipped() {
        assertEquals(List.of(), new SharedStateAudit().audit(
                new SharedClass("com.example.Missing", getClass().getClassLoader(), ROLE)));
    }
}
