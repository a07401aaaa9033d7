package com.gridvault.excel.formula;

import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.poi.ss.formula.ptg.AttrPtg;
import org.apache.poi.ss.formula.ptg.ControlPtg;
import org.apache.poi.ss.formula.ptg.MemAreaPtg;
import org.apache.poi.ss.formula.ptg.MemErrPtg;
import org.apache.poi.ss.formula.ptg.MemFuncPtg;
import org.apache.poi.ss.formula.ptg.OperationPtg;
import org.apache.poi.ss.formula.ptg.Ptg;

/**
 * Rebuilds the expression tree from POI's RPN tokens, so a rule can ask what operator or function
 * argument a literal sits in. Layout tokens (spaces, parentheses, IF/CHOOSE jumps, memory
 * wrappers) are skipped as POI's evaluator skips them; a single-argument {@code SUM} arrives as an
 * {@code AttrPtg} and becomes a one-child node.
 */
final class RpnTree {

    /** A token with its operands and its place in its parent. */
    static final class Node {
        final Ptg ptg;
        final Node[] children;
        Node parent;
        int argIndex;

        Node(Ptg ptg, Node[] children) {
            this.ptg = ptg;
            this.children = children;
            for (int i = 0; i < children.length; i++) {
                children[i].parent = this;
                children[i].argIndex = i;
            }
        }
    }

    private RpnTree() {}

    /**
     * Builds the tree and returns its root, or null when the tokens do not form one expression.
     *
     * @param tokens RPN tokens as POI's parser emits them
     * @return the root node, or null
     */
    static Node build(Ptg[] tokens) {
        Deque<Node> stack = new ArrayDeque<>();
        for (Ptg ptg : tokens) {
            int operands;
            if (ptg instanceof AttrPtg attr) {
                if (!attr.isSum()) {
                    continue;
                }
                operands = 1;
            } else if (ptg instanceof ControlPtg
                    || ptg instanceof MemFuncPtg
                    || ptg instanceof MemAreaPtg
                    || ptg instanceof MemErrPtg) {
                continue;
            } else if (ptg instanceof OperationPtg op) {
                operands = op.getNumberOfOperands();
            } else {
                operands = 0;
            }
            if (stack.size() < operands) {
                return null;
            }
            Node[] children = new Node[operands];
            for (int i = operands - 1; i >= 0; i--) {
                children[i] = stack.pop();
            }
            stack.push(new Node(ptg, children));
        }
        return stack.size() == 1 ? stack.pop() : null;
    }
}
