package be.clbchat.admin.security;

import be.clbchat.domain.staff.StaffCredentialQueries;
import be.clbchat.domain.staff.StaffRoles;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.FormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * The admin's own login (each web module declares its authentication mechanism); same accounts, same
 * identity store queries as the operator console.
 */
@ApplicationScoped
@DeclareRoles({StaffRoles.OPERATOR, StaffRoles.COORDINATOR, StaffRoles.CLB_ADMIN, StaffRoles.ADMIN,
    StaffRoles.CLB_STAFF})
@FormAuthenticationMechanismDefinition(loginToContinue = @LoginToContinue(
        loginPage = "/login.xhtml", errorPage = "/login.xhtml?fout=1", useForwardToLogin = false))
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = StaffCredentialQueries.DATASOURCE,
        callerQuery = StaffCredentialQueries.CALLER_QUERY,
        groupsQuery = StaffCredentialQueries.GROUPS_QUERY,
        hashAlgorithm = Pbkdf2PasswordHash.class)
public class StaffLogin {
}
