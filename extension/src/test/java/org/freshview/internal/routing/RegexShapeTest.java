package org.freshview.internal.routing;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegexShapeTest {

    /** Each overflows the stack against a segment of 20,000 characters, or backtracks exponentially. */
    @ParameterizedTest
    @ValueSource(strings = {"(\\w|-)+", "(?:\\w|-)+", "(?<part>\\w|-)*", "[a-z]+(-[a-z]+)*", "(\\w+)+",
            "(?:a|b){1,100000}", "(?:a|b){2,}", "((a|b)c)+", "(?i:a|b)+"})
    void a_group_with_an_alternative_or_a_quantifier_repeated_without_bound_is_flagged(String regex) {
        assertTrue(RegexShape.repeatsBranchingGroup(regex), regex);
    }

    @ParameterizedTest
    @ValueSource(strings = {"[\\w-]+", "\\d+", "(ab)+", "(\\w)+", "(\\w|-)++", "(\\w|-)*+", "(?:a|b){3}", "(?:a|b)?",
            "(a|b)", "[(|+)]+", "\\(a|b\\)+", "\\Q(a|b)+\\E", "(?i)[a-z]+", "[]|(]+", "[^]|]+(x)+"})
    void loops_fixed_counts_and_quoted_or_class_characters_are_not_flagged(String regex) {
        Pattern.compile(regex); // each is valid
        assertFalse(RegexShape.repeatsBranchingGroup(regex), regex);
    }

    @ParameterizedTest
    @ValueSource(strings = {"(\\w|-)+", "[a-z]+(-[a-z]+)*"})
    void a_flagged_regex_does_overflow_the_stack_on_a_long_segment(String regex) {
        String segment = regex.startsWith("[") ? "ab-".repeat(7000) + "ab" : "a".repeat(20_000);
        assertThrows(StackOverflowError.class, () -> Pattern.compile(regex).matcher(segment).matches());
    }
}
