package org.freshview.audit;

import org.freshview.internal.audit.Finding;

import java.util.List;

/**
 * The findings in one shared class.
 *
 * @param className the binary name of the class
 * @param role      why one instance serves all requests, completing "the class is ..."
 * @param findings  what requests write in it, in the order found
 */
public record ClassFindings(String className, String role, List<Finding> findings) {
}
