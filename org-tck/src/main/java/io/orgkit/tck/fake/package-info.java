/** An in-memory fake platform ({@link io.orgkit.tck.fake.FakeProvider}, type {@code fake}) for tests. */
@NullMarked
package io.orgkit.tck.fake;

import org.jspecify.annotations.NullMarked;
