package io.campaignlab.testsupport;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Method lengths counted from the signature to the closing brace, as the house checker counts them. */
class MethodLengthsTest {

    static final String SOURCE = """
            package x;

            /** A class { with braces in its comment. */
            final class Sample {

                private final Runnable field = () -> { };

                Sample() {
                    this("}");
                }

                @SuppressWarnings({"unchecked", "rawtypes"})
                int sum(int a,
                        int b) {
                    Runnable r = () -> {
                        System.out.println("{");
                    };
                    Object o = new Object() {
                        @Override
                        public String toString() {
                            return "'}'";
                        }
                    };
                    for (int i = 0; i < a; i++) {
                        b += i; // }
                    }
                    return a + b;
                }

                record Point(int x, int y) {
                    Point {
                        assert x >= 0;
                    }
                }
            }
            """;

    /** The expected figures are what long-methods.py prints for this source. */
    @Test
    void countsFromTheSignatureToTheClosingBraceWithLambdasAndAnonymousClassesInside() {
        assertThat(MethodLengths.of(SOURCE)).extracting(MethodLengths.Method::name, MethodLengths.Method::line,
                        MethodLengths.Method::lines)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Sample", 8, 3),
                        org.assertj.core.groups.Tuple.tuple("toString", 20, 3),
                        org.assertj.core.groups.Tuple.tuple("sum", 13, 16),
                        org.assertj.core.groups.Tuple.tuple("Point", 31, 3));
    }
}
