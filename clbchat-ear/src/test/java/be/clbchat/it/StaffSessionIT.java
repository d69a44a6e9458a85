package be.clbchat.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A console left open must not outlive its login (issue 16). */
class StaffSessionIT {

    @Test
    void loggingOutClosesTheOperatorSocketsOfThatLoginAndNoOther() {
        Staff desk = ChatFixtures.operator("it-op-leaves", "Ilse");
        Staff laptop = Staff.loggedIn("/operator/", "it-op-leaves", "demo-operator");
        try (ChatSocket console = ChatSocket.operator(desk); ChatSocket secondTab = ChatSocket.operator(desk);
             ChatSocket elsewhere = ChatSocket.operator(laptop)) {
            console.next("welcome");
            secondTab.next("welcome");
            elsewhere.next("welcome");

            desk.postForm("/uitloggen");

            assertThat(console.closeCode()).as("closed with the login").isEqualTo(1008);
            assertThat(secondTab.closeCode()).isEqualTo(1008);
            elsewhere.send("{\"type\":\"ping\"}");
            elsewhere.next("pong");
            assertThat(elsewhere.closed).as("another login of the same person goes on").isNotDone();
            assertThat(ChatSocket.refusedHandshake(desk, "/ws/operator", null)).as("no new socket on the old login")
                    .isIn(302, 401, 403);
        }
    }

    @Test
    void everyLoginGetsItsOwnKeyAndACopiedOneIsRefusedAfterTheLogout() {
        Staff browser = Staff.loggedIn("/operator/", "demo-operator", "demo-operator");
        String sso = browser.cookie("CLBCHAT_SSO").orElseThrow();
        String other = Staff.loggedIn("/operator/", "demo-operator", "demo-operator").cookie("CLBCHAT_SSO")
                .orElseThrow();
        assertThat(other).as("a new key at every login: none planted before it is kept").isNotEqualTo(sso);

        Staff thief = Staff.withCookies(java.util.Map.of("CLBCHAT_SSO", sso));
        assertThat(thief.get("/api/canned-texts").statusCode()).as("the copy works while the login lasts")
                .isEqualTo(200);
        browser.postForm("/uitloggen");
        assertThat(thief.get("/api/canned-texts").statusCode()).as("the copied cookie after the logout")
                .isIn(302, 401, 403);
        assertThat(thief.get("/operator/").statusCode()).isEqualTo(302);
    }
}
