package be.clbchat.web.security;

import be.clbchat.domain.staff.StaffCredentialQueries;
import be.clbchat.domain.staff.StaffRoles;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * Staff accounts and their PBKDF2 password hashes are in MariaDB, checked by Jakarta Security's database identity
 * store; {@link StaffAuthentication} is how they log in. Visitors never log in.
 */
@ApplicationScoped
@DeclareRoles({StaffRoles.OPERATOR, StaffRoles.COORDINATOR, StaffRoles.CLB_ADMIN, StaffRoles.ADMIN,
    StaffRoles.CLB_STAFF})
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = StaffCredentialQueries.DATASOURCE,
        callerQuery = StaffCredentialQueries.CALLER_QUERY,
        groupsQuery = StaffCredentialQueries.GROUPS_QUERY,
        hashAlgorithm = Pbkdf2PasswordHash.class,
        hashAlgorithmParameters = {StaffCredentialQueries.HASH_ALGORITHM, StaffCredentialQueries.HASH_ITERATIONS,
            StaffCredentialQueries.HASH_SALT, StaffCredentialQueries.HASH_KEY})
public class StaffLogin {
}
