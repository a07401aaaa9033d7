package com.gridvault.sso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GroupRoleMappingTest {

    private final GroupRoleMapping mapping = GroupRoleMapping.builder()
            .grant("gv-acme-owners", "acme", OrgRole.OWNER)
            .grant("Finance-Admins", "acme", OrgRole.ADMIN)
            .grant("analysts", "acme", OrgRole.ANALYST)
            .grant("analysts", "holding", OrgRole.ANALYST)
            .grant("all-staff", "holding", OrgRole.VIEWER)
            .build();

    @Test
    void theHighestRoleWinsPerOrganizationWhateverTheOrder() {
        Map<String, OrgRole> expected = Map.of("acme", OrgRole.ADMIN, "holding", OrgRole.ANALYST);

        assertThat(mapping.rolesFor(List.of("all-staff", "analysts", "Finance-Admins")))
                .containsExactlyInAnyOrderEntriesOf(expected);
        assertThat(mapping.rolesFor(List.of("Finance-Admins", "analysts", "all-staff")))
                .containsExactlyInAnyOrderEntriesOf(expected);
    }

    @Test
    void ownerOutranksEverything() {
        assertThat(mapping.rolesFor(Set.of("analysts", "gv-acme-owners", "Finance-Admins")))
                .containsEntry("acme", OrgRole.OWNER);
        assertThat(OrgRole.OWNER.outranks(OrgRole.ADMIN)).isTrue();
        assertThat(OrgRole.ADMIN.outranks(OrgRole.ANALYST)).isTrue();
        assertThat(OrgRole.ANALYST.outranks(OrgRole.VIEWER)).isTrue();
        assertThat(OrgRole.VIEWER.outranks(OrgRole.VIEWER)).isFalse();
    }

    @Test
    void groupsMatchIgnoringCaseAndSurroundingSpace() {
        assertThat(mapping.rolesFor(List.of(" FINANCE-ADMINS ")))
                .containsExactlyEntriesOf(Map.of("acme", OrgRole.ADMIN));
        assertThat(mapping.grantsOf("ANALYSTS"))
                .containsExactlyInAnyOrder(
                        new RoleGrant("acme", OrgRole.ANALYST), new RoleGrant("holding", OrgRole.ANALYST));
    }

    @Test
    void unmappedGroupsGrantNothing() {
        assertThat(mapping.rolesFor(List.of("contractors", "Domain Users"))).isEmpty();
        assertThat(mapping.rolesFor(List.of())).isEmpty();
        assertThat(GroupRoleMapping.EMPTY.rolesFor(List.of("analysts"))).isEmpty();
    }

    @Test
    void buildsFromAMapOfOneGrantPerGroup() {
        GroupRoleMapping fromMap = GroupRoleMapping.of(Map.of(
                "a", new RoleGrant("org1", OrgRole.VIEWER),
                "b", new RoleGrant("org1", OrgRole.ANALYST)));

        assertThat(fromMap.rolesFor(List.of("a", "b"))).containsExactlyEntriesOf(Map.of("org1", OrgRole.ANALYST));
    }

    @Test
    void rejectsBlankGroupsAndOrganizations() {
        assertThatThrownBy(() -> GroupRoleMapping.builder().grant(" ", "acme", OrgRole.VIEWER))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RoleGrant("", OrgRole.VIEWER)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RoleGrant("acme", null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void theResultCannotBeModified() {
        Map<String, OrgRole> roles = mapping.rolesFor(List.of("analysts"));

        assertThatThrownBy(() -> roles.put("acme", OrgRole.OWNER)).isInstanceOf(UnsupportedOperationException.class);
    }
}
