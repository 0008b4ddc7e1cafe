package org.freshview.internal.routing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A node of the routing tree: one segment position. Children are tried literal first, then
 * constrained variables (by rank, then key), then the unconstrained variable, then the
 * catch-all. Mutable while the router is built, never after.
 */
final class Node<T> {

    private static final Node<?>[] NO_NODES = {};

    final VariableConstraint constraint;
    private Map<String, Node<T>> literalChildren = new HashMap<>();
    private Map<String, Node<T>> constrainedChildren = new HashMap<>();
    SegmentTable<Node<T>> literals;
    Node<T>[] constrained;
    Node<T> variable;
    Node<T> tail;
    Leaf<T> leaf;

    Node(VariableConstraint constraint) {
        this.constraint = constraint;
    }

    Node<T> literal(String text) {
        return literalChildren.computeIfAbsent(text, t -> new Node<>(null));
    }

    Node<T> variable(VariableConstraint childConstraint) {
        if (childConstraint == null) {
            if (variable == null) {
                variable = new Node<>(null);
            }
            return variable;
        }
        return constrainedChildren.computeIfAbsent(childConstraint.key(), k -> new Node<>(childConstraint));
    }

    Node<T> tail() {
        if (tail == null) {
            tail = new Node<>(null);
        }
        return tail;
    }

    Leaf<T> leaf() {
        if (leaf == null) {
            leaf = new Leaf<>();
        }
        return leaf;
    }

    /** Whether some template goes on below this node; only after {@link #freeze()}. */
    boolean hasChildren() {
        return literals != null || constrained.length > 0 || variable != null || tail != null;
    }

    /** Constrained siblings are tried by rank (enum, UUID, integer, regex), then by key. */
    private static int compareConstraints(Node<?> a, Node<?> b) {
        int byRank = Integer.compare(a.constraint.rank(), b.constraint.rank());
        return byRank != 0 ? byRank : a.constraint.key().compareTo(b.constraint.key());
    }

    /** The leaves below this node in matching order; only before {@link #freeze()}. */
    void collect(List<Leaf<T>> out) {
        if (leaf != null) {
            out.add(leaf);
        }
        new TreeMap<>(literalChildren).values().forEach(child -> child.collect(out));
        constrainedChildren.values().stream().sorted(Node::compareConstraints).forEach(child -> child.collect(out));
        if (variable != null) {
            variable.collect(out);
        }
        if (tail != null) {
            tail.collect(out);
        }
    }

    @SuppressWarnings("unchecked")
    void freeze() {
        literals = literalChildren.isEmpty() ? null : new SegmentTable<>(literalChildren);
        List<Node<T>> sorted = new ArrayList<>(constrainedChildren.values());
        sorted.sort(Node::compareConstraints);
        constrained = sorted.toArray((Node<T>[]) NO_NODES);
        for (Node<T> child : literalChildren.values()) {
            child.freeze();
        }
        for (Node<T> child : sorted) {
            child.freeze();
        }
        if (variable != null) {
            variable.freeze();
        }
        if (tail != null) {
            tail.freeze();
        }
        if (leaf != null) {
            leaf.freeze();
        }
        literalChildren = null;
        constrainedChildren = null;
    }
}
