/**
 * The servlet side: the initializer that installs the dispatch filter, and the per-request
 * path from a matched route to a written response.
 */
package org.freshview.internal.web;
