package com.gridvault.models.quant.backtest.rules;

import com.gridvault.plugin.api.model.Doc;
import java.util.List;

/**
 * A boolean combination of conditions and nested groups. It holds when every member of {@code all}
 * and {@code allGroups} holds and, if {@code any} or {@code anyGroups} has members, at least one
 * of those holds. A group needs at least one member.
 *
 * @param all conditions that must all hold
 * @param any conditions of which at least one must hold
 * @param allGroups nested groups that must all hold
 * @param anyGroups nested groups of which at least one must hold (pooled with {@code any})
 */
@Doc("Conditions combined with AND (all, allGroups) and OR (any, anyGroups); every list is optional,"
        + " at least one member overall")
public record RuleGroup(
        @Doc("Conditions that must all hold") List<Condition> all,
        @Doc("Conditions of which at least one must hold (together with anyGroups)") List<Condition> any,
        @Doc("Nested groups that must all hold") List<RuleGroup> allGroups,
        @Doc("Nested groups of which at least one must hold (together with any)") List<RuleGroup> anyGroups) {

    /**
     * A group of conditions that must all hold.
     *
     * @param conditions the conditions
     * @return the group
     */
    public static RuleGroup allOf(Condition... conditions) {
        return new RuleGroup(List.of(conditions), null, null, null);
    }

    /**
     * A group of conditions of which one must hold.
     *
     * @param conditions the conditions
     * @return the group
     */
    public static RuleGroup anyOf(Condition... conditions) {
        return new RuleGroup(null, List.of(conditions), null, null);
    }
}
