/**
 * Classes one instance serves for all requests, none of them a CDI bean in a WAR with
 * {@code bean-discovery-mode="annotated"} except the {@code @ApplicationScoped} ones: each unsafe
 * class writes a field in a request and has a safe twin that keeps the value in a local variable.
 */
package org.freshview.it.served;
