package be.clbchat.application.staff;

import be.clbchat.application.chat.ChatEvent;
import be.clbchat.application.clb.ClbScope;
import be.clbchat.application.clb.ClbScopes;
import be.clbchat.domain.Refusal;
import be.clbchat.domain.clb.ClbRepository;
import be.clbchat.domain.line.Line;
import be.clbchat.domain.line.TeamRepository;
import be.clbchat.domain.staff.PasswordRules;
import be.clbchat.domain.staff.StaffAccount;
import be.clbchat.domain.staff.StaffAccountRepository;
import be.clbchat.domain.staff.StaffCredentialQueries;
import be.clbchat.domain.staff.StaffRole;
import be.clbchat.domain.staff.Username;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
@Transactional
public class DefaultStaffAccountService implements StaffAccountService {

    /** Without look-alikes (0/O, 1/l/I), so a password read out over the phone is typed right. */
    private static final String ONE_TIME_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    static final int ONE_TIME_LENGTH = 14;
    private static final Set<StaffRole> CLB_ROLES = EnumSet.of(StaffRole.CLB_STAFF, StaffRole.CLB_ADMIN);

    private final SecureRandom random = new SecureRandom();

    @Inject
    private StaffAccountRepository repository;

    @Inject
    private ClbScopes scopes;

    @Inject
    private ClbRepository clbs;

    @Inject
    private TeamRepository teams;

    @Inject
    private Pbkdf2PasswordHash passwordHash;

    /** Every hash made here as strong as the identity stores make them. */
    @jakarta.annotation.PostConstruct
    void strongHashes() {
        passwordHash.initialize(StaffCredentialQueries.hashParameters());
    }

    @Inject
    private Clock clock;

    @Inject
    private Event<ChatEvent> events;

    @Override
    public boolean createIfAbsent(Username username, String displayName, String password, Set<StaffRole> roles) {
        return createIfAbsent(username, displayName, password, roles, null);
    }

    @Override
    public boolean createIfAbsent(Username username, String displayName, String password, Set<StaffRole> roles,
                                  String clb) {
        Objects.requireNonNull(password, "password");
        PasswordRules.problem(password, username.value()).ifPresent(problem -> {
            throw new IllegalArgumentException("The password of " + username + " is refused: " + problem);
        });
        return create(username, displayName, password, roles, clb);
    }

    @Override
    public boolean strengthenHash(String username, String password) {
        Optional<StaffAccount> account = repository.find(new Username(username));
        if (account.isEmpty() || StaffCredentialQueries.iterationsOf(account.get().passwordHash())
                >= StaffCredentialQueries.ITERATIONS
                || !passwordHash.verify(password.toCharArray(), account.get().passwordHash())) {
            return false;
        }
        account.get().strengthenPasswordHash(passwordHash.generate(password.toCharArray()));
        return true;
    }

    @Override
    public boolean createDemoIfAbsent(Username username, String displayName, String password, Set<StaffRole> roles,
                                      String clb) {
        // Demo mode on again after it was off: the demo accounts log in again, as README promises.
        repository.find(username).filter(account -> !account.isActive()).ifPresent(StaffAccount::reactivate);
        return create(username, displayName, Objects.requireNonNull(password, "password"), roles, clb);
    }

    @Override
    public int deactivateDemo(List<Username> usernames) {
        int deactivated = 0;
        for (Username username : usernames) {
            Optional<StaffAccount> account = repository.find(username).filter(StaffAccount::isActive);
            if (account.isPresent()) {
                account.get().deactivate();
                deactivated++;
            }
        }
        return deactivated;
    }

    private boolean create(Username username, String displayName, String password, Set<StaffRole> roles, String clb) {
        Optional<StaffAccount> existing = repository.find(username);
        if (existing.isPresent()) {
            if (clb != null && existing.get().clbCode().isEmpty()) {
                existing.get().joinClb(clb);
            }
            return false;
        }
        StaffAccount account = new StaffAccount(username, displayName, passwordHash.generate(password.toCharArray()),
                roles, clock.instant());
        account.joinClb(clb);
        store(account, "systeem");
        return true;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<StaffRole, Long> activeAccountsPerRole() {
        Map<StaffRole, Long> counts = new EnumMap<>(StaffRole.class);
        for (StaffRole role : StaffRole.values()) {
            counts.put(role, 0L);
        }
        counts.putAll(repository.countActiveByRole());
        return Collections.unmodifiableMap(counts);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StaffAccount> accounts(String caller) {
        ClbScope scope = scopes.of(caller);
        if (scope.everyClb()) {
            return repository.all();
        }
        return scope.ownClb().map(repository::ofClb).orElse(List.of());
    }

    @Override
    public OneTimePassword create(String caller, String username, String displayName, Optional<String> clb,
                                  Set<StaffRole> roles) {
        ClbScope scope = scopes.of(caller);
        if (!scope.seesAny()) {
            throw Refusal.forbidden("forbidden", "Alleen beheerders, coördinatoren en CLB-beheerders maken accounts.");
        }
        Map<String, String> wrong = new LinkedHashMap<>();
        Username name = null;
        try {
            name = Username.typed(username == null ? "" : username);
        } catch (IllegalArgumentException bad) {
            wrong.put("username", "Een gebruikersnaam heeft 3 tot 64 kleine letters, cijfers, '.', '-' of '_'.");
        }
        String display = displayName == null ? "" : displayName.strip();
        if (display.isEmpty() || display.length() > 120) {
            wrong.put("displayName", "Geef de naam van de persoon (1 tot 120 tekens).");
        }
        Set<StaffRole> wanted = roles == null || roles.isEmpty() ? EnumSet.noneOf(StaffRole.class)
                : EnumSet.copyOf(roles);
        Optional<String> home = clb.filter(code -> !code.isBlank());
        if (!scope.everyClb()) {
            home = scope.ownClb(); // a CLB admin makes accounts of their own CLB, whatever was sent
            if (!CLB_ROLES.containsAll(wanted)) {
                wrong.put("roles", "Je kan CLB-medewerkers en CLB-beheerders aanmaken.");
            }
        } else if (wanted.contains(StaffRole.ADMIN) && !isAdmin(caller)) {
            wrong.put("roles", "Alleen een beheerder maakt beheerders aan.");
        }
        if (wanted.isEmpty()) {
            wrong.put("roles", "Kies minstens één rol.");
        }
        if (home.isPresent() && clbs.find(home.get()).isEmpty()) {
            wrong.put("clb", "Dat CLB bestaat niet.");
        }
        if (home.isEmpty() && wanted.stream().anyMatch(CLB_ROLES::contains)) {
            wrong.put("clb", "Een CLB-medewerker of CLB-beheerder hoort bij een CLB: kies het.");
        }
        if (name != null && repository.find(name).isPresent()) {
            wrong.put("username", "Die gebruikersnaam bestaat al.");
        }
        if (!wrong.isEmpty()) {
            throw Refusal.invalid("invalid-account", wrong);
        }
        String password = oneTimePassword();
        StaffAccount account = new StaffAccount(name, display, passwordHash.generate(password.toCharArray()),
                wanted, clock.instant());
        account.requirePasswordChange();
        home.ifPresent(account::joinClb);
        store(account, caller);
        return new OneTimePassword(account, password);
    }

    @Override
    public OneTimePassword resetPassword(String caller, String username) {
        StaffAccount account = managed(caller, username);
        String password = oneTimePassword();
        account.giveOneTimePasswordHash(passwordHash.generate(password.toCharArray()));
        return new OneTimePassword(account, password);
    }

    @Override
    public StaffAccount setActive(String caller, String username, boolean active) {
        StaffAccount account = managed(caller, username);
        if (account.username().value().equals(caller) && !active) {
            throw Refusal.conflict("own-account", "Je kan je eigen account niet uitschakelen.");
        }
        if (active) {
            account.reactivate();
        } else if (account.isActive()) {
            account.deactivate();
            events.fire(new ChatEvent.AccessChanged(account.username().value(), true));
        }
        return account;
    }

    @Override
    public void setInClbchatTeam(String caller, String username, boolean inTeam) {
        scopes.of(caller).requireEveryClb("stellen het team van CLBch@t samen");
        StaffAccount account = managed(caller, username);
        if (inTeam) {
            if (!account.isActive()) {
                throw Refusal.conflict("inactive-account", "Een uitgeschakeld account kan niet in het team.");
            }
            teams.add(Line.MAIN, account.username().value(), caller, clock.instant());
        } else {
            teams.remove(Line.MAIN, account.username().value());
        }
        events.fire(new ChatEvent.AccessChanged(account.username().value(), false));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<String> clbchatTeam() {
        return Set.copyOf(teams.members(Line.MAIN));
    }

    @Override
    public void changeOwnPassword(String username, String current, String next) {
        StaffAccount account = account(username).filter(StaffAccount::isActive)
                .orElseThrow(() -> Refusal.notLoggedIn("Meld je eerst aan."));
        Map<String, String> wrong = new LinkedHashMap<>();
        if (current == null || !passwordHash.verify(current.toCharArray(), account.passwordHash())) {
            wrong.put("current", "Dit is niet je huidige wachtwoord.");
        }
        Optional<String> refused = PasswordRules.problem(next, username);
        if (refused.isPresent()) {
            wrong.put("next", refused.get());
        } else if (next.equals(current)) {
            wrong.put("next", "Kies een ander wachtwoord dan het huidige.");
        }
        if (!wrong.isEmpty()) {
            throw Refusal.invalid("invalid-password", wrong);
        }
        account.changePasswordHash(passwordHash.generate(next.toCharArray()));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean mustChangePassword(String username) {
        return account(username).map(StaffAccount::mustChangePassword).orElse(false);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<StaffAccount> account(String username) {
        return Username.ifValid(username).flatMap(repository::find);
    }

    /** Saves a new account; an operator joins CLBch@t's own line's team, the line operators are made for. */
    private void store(StaffAccount account, String by) {
        repository.add(account);
        if (account.hasRole(StaffRole.OPERATOR)) {
            teams.add(Line.MAIN, account.username().value(), by, clock.instant());
        }
    }

    /** The account when the caller manages it; else "not found", also when it exists in another CLB. */
    private StaffAccount managed(String caller, String username) {
        ClbScope scope = scopes.of(caller);
        StaffAccount account = account(username).filter(found -> scope.everyClb()
                        ? !found.hasRole(StaffRole.ADMIN) || isAdmin(caller)
                        : scope.ownClb().filter(found::belongsTo).isPresent())
                .orElseThrow(() -> Refusal.notFound("unknown-account", "Dat account bestaat niet (of is niet "
                        + "van jouw CLB)."));
        return repository.lock(account.username()).orElse(account);
    }

    private boolean isAdmin(String caller) {
        return account(caller).map(found -> found.isActive() && found.hasRole(StaffRole.ADMIN)).orElse(false);
    }

    private String oneTimePassword() {
        StringBuilder password = new StringBuilder(ONE_TIME_LENGTH);
        for (int i = 0; i < ONE_TIME_LENGTH; i++) {
            password.append(ONE_TIME_ALPHABET.charAt(random.nextInt(ONE_TIME_ALPHABET.length())));
        }
        return password.toString();
    }
}
