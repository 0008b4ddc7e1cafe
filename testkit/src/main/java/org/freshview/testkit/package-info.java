/**
 * Test support for Freshview users: {@link org.freshview.testkit.IsolationCheck} proves, under
 * concurrent load, that no response carries another request's data.
 */
package org.freshview.testkit;
