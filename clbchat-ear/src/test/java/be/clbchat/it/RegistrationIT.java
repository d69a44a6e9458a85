package be.clbchat.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The operator's registration of a chat over the real protocol and the REST API, against MariaDB. */
class RegistrationIT {

    static long opening;
    static Staff kim;
    static Staff noa;

    @BeforeAll
    static void lineOpenAndTwoOperators() {
        opening = ChatFixtures.exception("open");
        kim = ChatFixtures.operator("it-op-reg-kim", "Reg-Kim");
        noa = ChatFixtures.operator("it-op-reg-noa", "Reg-Noa");
    }

    @AfterAll
    static void lineBackToItsHours() {
        ChatFixtures.removeException(opening);
    }

    @BeforeEach
    void quiet() {
        ChatFixtures.quietEvening();
    }

    /** A chat Kim took and ended; its id. */
    private static String endedChat(boolean visitorVanishes) {
        try (ChatSocket console = ChatIT.available(kim); ChatSocket visitor = ChatSocket.visitor()) {
            String chatId = ChatIT.start(visitor, "Lien").getString("chatId");
            console.send("{\"type\":\"accept\"}");
            console.next("accepted");
            visitor.next("accepted");
            if (visitorVanishes) {
                ChatFixtures.sql("UPDATE chat SET state = 'ENDED', ended_at = NOW(3), ended_by = 'SYSTEM',"
                        + " end_reason = 'SUDDENLY_ABORTED' WHERE id = ?", chatId);
            } else {
                console.send("{\"type\":\"end\",\"chatId\":\"%s\"}", chatId);
                console.next("ended");
            }
            return chatId;
        }
    }

    private static String path(String chatId) {
        return "/api/chats/" + chatId + "/registration";
    }

    @Test
    void theOperatorRegistersTheEndedChatAndItLeavesTheListOfChatsToRegister() {
        String chatId = endedChat(false);
        assertThat(kim.get("/api/chats/unregistered").body()).contains(chatId);

        JsonObject proposal = ChatFixtures.json(kim.get(path(chatId)).body());
        assertThat(proposal.getBoolean("registered")).isFalse();
        assertThat(proposal.getString("clientType")).as("from what the visitor chose").isEqualTo("pupil");

        HttpResponse<String> stored = kim.putJson(path(chatId), "{\"clientType\":\"pupil\",\"themes\":"
                + "[\"studiekeuze\",\"motivatie\"],\"outcomes\":[\"info-advice\",\"referred-onderwijskiezer\"],"
                + "\"suspectedFake\":false,\"note\":\"Twijfelt tussen twee richtingen.\"}");
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(200);
        JsonObject registered = ChatFixtures.json(stored.body());
        assertThat(registered.getBoolean("registered")).isTrue();
        assertThat(registered.getJsonArray("themes").getValuesAs(JsonString.class)).extracting(JsonString::getString)
                .containsExactly("motivatie", "studiekeuze");
        assertThat(registered.getJsonArray("changes").getJsonObject(0).getString("by")).isEqualTo("it-op-reg-kim");
        assertThat(kim.get("/api/chats/unregistered").body()).doesNotContain(chatId);
        assertThat(ChatFixtures.count("SELECT COUNT(*) FROM chat_registration_theme WHERE chat_id = ?", chatId))
                .isEqualTo(2);

        HttpResponse<String> corrected = kim.putJson(path(chatId), "{\"clientType\":\"parent\",\"themes\":"
                + "[\"studiekeuze\"],\"outcomes\":[\"support\"]}");
        assertThat(corrected.statusCode()).isEqualTo(200);
        assertThat(ChatFixtures.json(corrected.body()).getJsonArray("changes")).as("every change is kept").hasSize(2);

        // The registration outlives the transcript (deleted as the retention job does it).
        ChatFixtures.sql("DELETE FROM chat_message WHERE chat_id = ?", chatId);
        ChatFixtures.sql("UPDATE chat SET nickname = '', transcript_deleted_at = NOW(3) WHERE id = ?", chatId);
        assertThat(ChatFixtures.count("SELECT COUNT(*) FROM chat_registration WHERE chat_id = ?", chatId)).isEqualTo(1);
        HttpResponse<String> kept = ChatFixtures.coordinator().get(path(chatId));
        assertThat(kept.statusCode()).as("a coordinator still opens it").isEqualTo(200);
        assertThat(ChatFixtures.json(kept.body()).getString("clientType")).isEqualTo("parent");
        assertThat(ChatFixtures.coordinator().putJson(path(chatId), "{\"clientType\":\"parent\",\"themes\":"
                + "[\"studiekeuze\"],\"outcomes\":[\"referred-clb\"]}").statusCode()).isEqualTo(200);
        HttpResponse<String> own = kim.get(path(chatId));
        assertThat(own.statusCode()).as("the operator still sees their registration").isEqualTo(200);
        assertThat(ChatFixtures.json(own.body()).getString("nickname")).as("the nickname went with the text").isEmpty();
        assertThat(ChatFixtures.json(own.body()).getJsonArray("outcomes").getString(0)).isEqualTo("referred-clb");
    }

    @Test
    void badRegistrationsAreRefusedNamingTheFieldAndNothingIsStored() {
        String chatId = endedChat(false);
        HttpResponse<String> unknown = kim.putJson(path(chatId),
                "{\"clientType\":\"pupil\",\"themes\":[\"astrologie\"],\"outcomes\":[\"info-advice\"]}");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(ChatFixtures.json(unknown.body()).getJsonObject("fields").getString("themes"))
                .isEqualTo("Onbekend thema: astrologie.");
        HttpResponse<String> empty = kim.putJson(path(chatId), "{\"clientType\":\"alien\",\"themes\":[],"
                + "\"outcomes\":[\"winst\"]}");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(ChatFixtures.json(empty.body()).getJsonObject("fields").keySet())
                .contains("clientType", "outcomes");
        HttpResponse<String> nothing = kim.putJson(path(chatId), "{\"clientType\":\"pupil\",\"themes\":[],"
                + "\"outcomes\":[]}");
        assertThat(ChatFixtures.json(nothing.body()).getJsonObject("fields").keySet())
                .containsExactlyInAnyOrder("themes", "outcomes");
        assertThat(kim.putJson(path(chatId), "{nope").statusCode()).isEqualTo(400);
        assertThat(ChatFixtures.count("SELECT COUNT(*) FROM chat_registration WHERE chat_id = ?", chatId)).isZero();
    }

    @Test
    void anotherOperatorFindsNothingACoordinatorSeesAndCorrects() {
        String chatId = endedChat(false);
        assertThat(noa.get(path(chatId)).statusCode()).isEqualTo(404);
        assertThat(noa.putJson(path(chatId), "{\"clientType\":\"pupil\",\"themes\":[\"studiekeuze\"],"
                + "\"outcomes\":[\"support\"]}").statusCode()).isEqualTo(404);
        assertThat(noa.get("/api/chats/unregistered").body()).doesNotContain(chatId);
        assertThat(noa.get("/api/chats/not-a-uuid/registration").statusCode()).isEqualTo(404);
        assertThat(Staff.anonymous().get(path(chatId)).statusCode()).isEqualTo(401);

        assertThat(ChatFixtures.coordinator().get("/api/chats/unregistered").body()).contains(chatId);
        HttpResponse<String> byCoordinator = ChatFixtures.coordinator().putJson(path(chatId),
                "{\"clientType\":\"other\",\"themes\":[\"pesten\"],\"outcomes\":[\"referred-clb\"],"
                        + "\"suspectedFake\":true}");
        assertThat(byCoordinator.statusCode()).as(byCoordinator.body()).isEqualTo(200);
        assertThat(ChatFixtures.text("SELECT operator_username FROM chat_registration WHERE chat_id = ?", chatId))
                .as("it stays the operator's chat").isEqualTo("it-op-reg-kim");
        assertThat(ChatFixtures.text("SELECT changed_by FROM chat_registration WHERE chat_id = ?", chatId))
                .isEqualTo("demo-coordinator");
    }

    @Test
    void theOperatorRegistersTheChatTheyEndedBeforeTakingTheNextOne() {
        String chatId = endedChat(false);
        try (ChatSocket console = ChatIT.available(kim); ChatSocket visitor = ChatSocket.visitor()) {
            ChatIT.start(visitor, "Daan");
            console.send("{\"type\":\"accept\"}");
            JsonObject refused = console.next("error");
            assertThat(refused.getString("code")).isEqualTo("register-first");
            assertThat(refused.getString("message")).startsWith("Registreer eerst het gesprek");

            assertThat(kim.putJson(path(chatId), "{\"clientType\":\"pupil\",\"themes\":[\"studiekeuze\"],"
                    + "\"outcomes\":[\"info-advice\"]}").statusCode()).isEqualTo(200);
            console.send("{\"type\":\"accept\"}");
            assertThat(console.next("accepted").getJsonObject("chat").getString("nickname")).isEqualTo("Daan");
        }
    }

    @Test
    void aVanishedVisitorsChatIsProposedAsAborted() {
        String chatId = endedChat(true);
        JsonObject proposal = ChatFixtures.json(kim.get(path(chatId)).body());
        assertThat(proposal.getJsonArray("outcomes").getValuesAs(JsonString.class)).extracting(JsonString::getString)
                .containsExactly("aborted");
    }

    @Test
    void cannedTextsAreFoundByTheirWords() {
        String all = kim.get("/api/canned-texts").body();
        assertThat(all).contains("Zelfmoordlijn 1813").contains("Awel 102");
        String found = kim.get("/api/canned-texts?q=nacht").body();
        assertThat(found).contains("Zelfmoordlijn 1813").doesNotContain("Awel 102");
        assertThat(kim.get("/api/canned-texts?q=pizza").body()).isEqualTo("[]");
        assertThat(Staff.anonymous().get("/api/canned-texts").statusCode()).isEqualTo(401);
    }

    @Test
    void theThemesAreListedPerDomainForStaffOnly() {
        String themes = kim.get("/api/themes").body();
        assertThat(themes).contains("\"code\":\"OLB\"").contains("\"studiekeuze\"").contains("\"zelfmoordgedachten\"")
                .contains("\"code\":\"PGZ\"");
        assertThat(Staff.anonymous().get("/api/themes").statusCode()).isEqualTo(401);
    }
}
