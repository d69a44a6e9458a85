package be.clbchat.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Handing a live chat over, over the real protocol against the running server and MariaDB: to a colleague (warm, the
 * chat so far with it; cold, only the note), to a partner line (warm with and without the visitor's consent, the
 * visitor asked again after a resume; cold, to the front of its queue), and every refusal with its error frame.
 */
class HandoverIT {

    static final String PARTNER = "it-partner";
    static final String CLOSED_PARTNER = "it-partner-dicht";
    static long opening;
    static long partnerOpening;
    static Staff fenna;
    static Staff jasper;
    static Staff lien;
    static Staff pim;

    @BeforeAll
    static void linesOpenAndTeams() {
        opening = ChatFixtures.exception("open");
        Staff coordinator = ChatFixtures.coordinator();
        for (String code : List.of(PARTNER, CLOSED_PARTNER)) {
            HttpResponse<String> made = coordinator.postJson("/api/handovers/partner-lines", "{\"code\":\"" + code
                    + "\",\"name\":\"" + (code.equals(PARTNER) ? "IT-partnerlijn" : "IT-dichte lijn")
                    + "\",\"organisation\":\"IT-organisatie (demo)\"}");
            assertThat(made.statusCode()).as(made.body()).isIn(201, 400);
            assertThat(coordinator.putJson("/api/handovers/routes/clbchat/" + code, "").statusCode()).isEqualTo(204);
        }
        Instant from = Instant.now().minus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        HttpResponse<String> open = coordinator.postJson("/api/lines/" + PARTNER + "/exceptions", "{\"start\":\""
                + from + "\",\"end\":\"" + from.plus(2, ChronoUnit.HOURS) + "\",\"kind\":\"open\","
                + "\"reason\":\"Integratietest\"}");
        assertThat(open.statusCode()).as(open.body()).isEqualTo(201);
        partnerOpening = ChatFixtures.json(open.body()).getJsonNumber("id").longValue();
        fenna = ChatFixtures.operator("it-ho-fenna", "Ho-Fenna");
        jasper = ChatFixtures.operator("it-ho-jasper", "Ho-Jasper");
        lien = ChatFixtures.operator("it-ho-lien", "Ho-Lien");
        pim = ChatFixtures.operator("it-ho-pim", "Ho-Pim");
        // Pim answers the partner line only.
        ChatFixtures.sql("DELETE FROM line_team_member WHERE line_code = 'clbchat' AND username = 'it-ho-pim'");
        assertThat(coordinator.putJson("/api/handovers/partner-lines/" + PARTNER + "/team/it-ho-pim", "")
                .statusCode()).isEqualTo(204);
    }

    @AfterAll
    static void linesBackToTheirHours() {
        ChatFixtures.removeException(opening);
        assertThat(ChatFixtures.coordinator().delete("/api/lines/" + PARTNER + "/exceptions/" + partnerOpening)
                .statusCode()).isEqualTo(204);
    }

    @BeforeEach
    void quiet() {
        ChatFixtures.quietEvening();
    }

    /** A visitor on CLBch@t taken by Fenna, who said one thing; the chat's id. */
    private static String chatWithFenna(ChatSocket visitor, ChatSocket console, String said) {
        ChatIT.start(visitor, "Noor");
        String chatId = ChatIT.accept(console).getJsonObject("chat").getString("chatId");
        visitor.next("accepted");
        ChatIT.send(visitor, null, said);
        console.next("message");
        return chatId;
    }

    private static String handOver(String chatId, String kind, String to, boolean warm, String note) {
        return String.format("{\"type\":\"handOver\",\"chatId\":\"%s\",\"kind\":\"%s\",\"to\":\"%s\",\"warm\":%s,"
                + "\"note\":\"%s\"}", chatId, kind, to, warm, note);
    }

    /** The next list of offers with exactly {@code count} in it. */
    private static List<JsonObject> offersUntil(ChatSocket console, int count) {
        while (true) {
            List<JsonObject> offers = console.next("handoverOffers").getJsonArray("offers")
                    .getValuesAs(JsonObject.class);
            if (offers.size() == count) {
                return offers;
            }
        }
    }

    private static List<String> texts(JsonObject chat) {
        return chat.getJsonArray("messages").getValuesAs(JsonObject.class).stream()
                .map(message -> message.getString("from") + ": " + message.getString("text")).toList();
    }

    @Test
    void aColleagueTakesTheChatWarmAndTheVisitorHearsWhoJoined() {
        try (ChatSocket console = ChatIT.available(fenna); ChatSocket jasperConsole = ChatIT.available(jasper);
             ChatSocket visitor = ChatSocket.visitor()) {
            String chatId = chatWithFenna(visitor, console, "Ik heb een vraag over mijn medicatie.");

            // What can it go to? Jasper is free; the partner line is open with nobody available yet.
            console.send("{\"type\":\"handoverOptions\",\"chatId\":\"%s\"}", chatId);
            JsonObject options = console.next("handoverOptions");
            assertThat(options.getJsonArray("colleagues").getValuesAs(JsonObject.class))
                    .anySatisfy(colleague -> {
                        assertThat(colleague.getString("alias")).isEqualTo("Ho-Jasper");
                        assertThat(colleague.getBoolean("free")).isTrue();
                    })
                    .noneSatisfy(colleague -> assertThat(colleague.getString("alias")).isEqualTo("Ho-Fenna"));
            assertThat(options.getJsonArray("lines").getValuesAs(JsonObject.class)).anySatisfy(line -> {
                assertThat(line.getString("code")).isEqualTo(PARTNER);
                assertThat(line.getBoolean("open")).isTrue();
                assertThat(line.getInt("available")).isZero();
                assertThat(line.getString("partner")).isEqualTo("IT-organisatie (demo)");
            });

            // Bad offers: each an error frame, nothing stored.
            console.send(handOver(chatId, "colleague", "it-ho-jasper", true, ""));
            assertThat(console.next("error").getString("message")).contains("overdrachtsnotitie");
            console.send(handOver(chatId, "colleague", "it-ho-jasper", true, "x".repeat(501)));
            assertThat(console.next("error").getString("message")).contains("500");
            console.send(handOver(chatId, "colleague", "it-ho-fenna", true, "Voor mezelf"));
            assertThat(console.next("error").getString("message")).isEqualTo("Kies een collega, niet jezelf.");
            console.send(handOver(chatId, "friend", "it-ho-jasper", true, "Vriend"));
            assertThat(console.next("error").getString("code")).isEqualTo("invalid-field");
            console.send(handOver(chatId, "colleague", "it-ho-lien", true, "Lien is er niet"));
            assertThat(console.next("error").getString("code")).isEqualTo("colleague-busy");
            console.send(handOver(chatId, "line", PARTNER, true, "Niemand daar"));
            assertThat(console.next("error").getString("message")).isEqualTo("Bij IT-partnerlijn is nu niemand"
                    + " beschikbaar.");
            console.send(handOver(chatId, "line", CLOSED_PARTNER, true, "Dicht"));
            assertThat(console.next("error").getString("message")).isEqualTo("IT-dichte lijn is nu gesloten.");
            console.send(handOver(chatId, "line", "boxnergens", true, "Geen route"));
            assertThat(console.next("error").getString("code")).isEqualTo("unknown-line");
            jasperConsole.send(handOver(chatId, "colleague", "it-ho-fenna", true, "Niet van mij"));
            assertThat(jasperConsole.next("error").getString("code")).isEqualTo("unknown-chat");
            assertThat(ChatFixtures.count("SELECT COUNT(*) FROM chat_handover WHERE chat_id = ?", chatId)).isZero();

            console.send(handOver(chatId, "colleague", "it-ho-jasper", true, "Medische vraag, graag een arts"));
            JsonObject offered = console.next("handover");
            assertThat(offered.getString("state")).isEqualTo("waiting");
            String handoverId = offered.getString("handoverId");
            JsonObject told = visitor.next("handover");
            assertThat(told.getString("text")).isEqualTo("Ho-Fenna vraagt een collega om het gesprek over te nemen."
                    + " Ho-Fenna blijft bij je tot die er is.");
            console.send(handOver(chatId, "colleague", "it-ho-jasper", true, "Nog eens"));
            assertThat(console.next("error").getString("code")).isEqualTo("handover-open");

            JsonObject offer = offersUntil(jasperConsole, 1).get(0);
            assertThat(offer.getString("note")).isEqualTo("Medische vraag, graag een arts");
            assertThat(offer.getString("fromAlias")).isEqualTo("Ho-Fenna");
            assertThat(texts(offer)).containsExactly("visitor: Ik heb een vraag over mijn medicatie.");
            // Fenna goes on meanwhile: a warm hand-over keeps her in the chat until Jasper joined.
            ChatIT.send(console, chatId, "Ik zoek even een collega voor je.");
            visitor.next("message");
            assertThat(texts(offersUntil(jasperConsole, 1).get(0))).as("the offer follows the chat")
                    .containsExactly("visitor: Ik heb een vraag over mijn medicatie.",
                            "operator: Ik zoek even een collega voor je.");

            jasperConsole.send("{\"type\":\"takeHandover\",\"handoverId\":\"%s\"}", handoverId);
            JsonObject accepted = jasperConsole.next("accepted").getJsonObject("chat");
            assertThat(accepted.getString("chatId")).isEqualTo(chatId);
            assertThat(accepted.getJsonObject("handover").getString("note")).isEqualTo("Medische vraag, graag een arts");
            assertThat(texts(accepted)).containsExactly("visitor: Ik heb een vraag over mijn medicatie.",
                    "operator: Ik zoek even een collega voor je.",
                    "system: Ho-Jasper neemt het gesprek over van Ho-Fenna.");
            assertThat(console.next("handover").getString("takenBy")).isEqualTo("Ho-Jasper");
            JsonObject left = console.next("handedOver");
            assertThat(left.getString("chatId")).isEqualTo(chatId);
            assertThat(left.getString("toAlias")).isEqualTo("Ho-Jasper");
            assertThat(visitor.next("message").getString("text")).isEqualTo("Ho-Jasper neemt het gesprek over van"
                    + " Ho-Fenna.");
            JsonObject joined = visitor.next("handedOver");
            assertThat(joined.getString("operatorAlias")).isEqualTo("Ho-Jasper");
            assertThat(joined.getString("text")).isEqualTo("Je praat nu met Ho-Jasper van CLBch@t.");

            // Taken once: a second take is told who did; Fenna cannot write in it any more.
            jasperConsole.send("{\"type\":\"takeHandover\",\"handoverId\":\"%s\"}", handoverId);
            assertThat(jasperConsole.next("error").getString("message")).isEqualTo("Ho-Jasper nam dit gesprek al over.");
            console.send("{\"type\":\"send\",\"chatId\":\"%s\",\"clientMsgId\":\"%s\",\"text\":\"nog iets\"}", chatId,
                    ChatSocket.newId());
            assertThat(console.next("error").getString("code")).isEqualTo("unknown-chat");
            ChatIT.send(visitor, null, "Dank je.");
            assertThat(jasperConsole.next("message").getString("text")).isEqualTo("Dank je.");
            assertThat(ChatFixtures.text("SELECT operator_username FROM chat WHERE id = ?", chatId))
                    .isEqualTo("it-ho-jasper");
            assertThat(ChatFixtures.text("SELECT CONCAT(state, ' ', taken_by) FROM chat_handover WHERE id = ?",
                    handoverId)).isEqualTo("TAKEN it-ho-jasper");
        }
    }

    @Test
    void twoColleaguesTakeAColdHandOverAtOnceOneWinsAndReadsOnlyWhatFollows() {
        try (ChatSocket console = ChatIT.available(fenna); ChatSocket jasperConsole = ChatIT.available(jasper);
             ChatSocket lienConsole = ChatIT.available(lien); ChatSocket visitor = ChatSocket.visitor()) {
            String chatId = chatWithFenna(visitor, console, "Iets wat alleen Fenna weet.");
            console.send(handOver(chatId, "colleague", "", false, "Mijn dienst stopt"));
            String handoverId = console.next("handover").getString("handoverId");
            visitor.next("handover");
            JsonObject jasperOffer = offersUntil(jasperConsole, 1).get(0);
            assertThat(offersUntil(lienConsole, 1).get(0).getString("handoverId")).isEqualTo(handoverId);
            assertThat(jasperOffer.getBoolean("shared")).isFalse();
            assertThat(jasperOffer.getJsonArray("messages")).isEmpty();

            jasperConsole.send("{\"type\":\"takeHandover\",\"handoverId\":\"%s\"}", handoverId);
            lienConsole.send("{\"type\":\"takeHandover\",\"handoverId\":\"%s\"}", handoverId);
            JsonObject first = jasperConsole.nextOf("accepted", "error");
            JsonObject second = lienConsole.nextOf("accepted", "error");
            assertThat(Stream.of(first, second).map(frame -> frame.getString("type")))
                    .containsExactlyInAnyOrder("accepted", "error");
            JsonObject accepted = first.getString("type").equals("accepted") ? first : second;
            JsonObject refused = first.getString("type").equals("accepted") ? second : first;
            String winner = first.getString("type").equals("accepted") ? "Ho-Jasper" : "Ho-Lien";
            assertThat(refused.getString("message")).isEqualTo(winner + " nam dit gesprek al over.");
            assertThat(texts(accepted.getJsonObject("chat"))).as("cold: the note, and nothing said before it")
                    .containsExactly("system: " + winner + " neemt het gesprek over van Ho-Fenna.");
            assertThat(console.next("handover").getString("state")).isEqualTo("taken");
            console.next("handedOver");
            visitor.next("message");
            assertThat(visitor.next("handedOver").getString("operatorAlias")).isEqualTo(winner);
            // The offer is gone from the other console too (that news may have come before its refusal).
            ChatSocket other = first.getString("type").equals("accepted") ? lienConsole : jasperConsole;
            boolean gone = other.seen().stream().filter(frame -> frame.getString("type").equals("handoverOffers"))
                    .reduce((earlier, later) -> later).map(frame -> frame.getJsonArray("offers").isEmpty())
                    .orElse(false);
            if (!gone) {
                offersUntil(other, 0);
            }

            // The winner's console, opened again, still shows only what they may read.
            try (ChatSocket again = ChatSocket.operator(first.getString("type").equals("accepted") ? jasper : lien)) {
                JsonObject welcome = again.next("welcome");
                JsonObject chat = welcome.getJsonArray("chats").getValuesAs(JsonObject.class).stream()
                        .filter(held -> held.getString("chatId").equals(chatId)).findFirst().orElseThrow();
                assertThat(texts(chat)).containsExactly("system: " + winner + " neemt het gesprek over van Ho-Fenna.");
            }
        }
    }

    @Test
    void aPupilConsentsAfterAResumeAndThePartnerLineReadsWhatWasSaid() {
        try (ChatSocket console = ChatIT.available(fenna); ChatSocket pimConsole = ChatIT.available(pim)) {
            ChatSocket visitor = ChatSocket.visitor();
            String token = ChatIT.start(visitor, "Noor").getString("resumeToken");
            String chatId = ChatIT.accept(console).getJsonObject("chat").getString("chatId");
            visitor.next("accepted");
            ChatIT.send(visitor, null, "Ik word gepest om wie ik ben.");
            console.next("message");

            console.send(handOver(chatId, "line", PARTNER, true, "Gepest, wil met lotgenoten praten"));
            JsonObject asking = console.next("handover");
            assertThat(asking.getString("state")).isEqualTo("asking");
            String handoverId = asking.getString("handoverId");
            JsonObject ask = visitor.next("handoverAsk");
            assertThat(ask.getString("toLineName")).isEqualTo("IT-partnerlijn");
            assertThat(ask.getBoolean("warm")).isTrue();
            // Not offered to the partner line before the visitor said yes.
            pimConsole.send("{\"type\":\"takeHandover\",\"handoverId\":\"%s\"}", handoverId);
            assertThat(pimConsole.next("error").getString("code")).isEqualTo("handover-asking");

            // The phone loses its connection; the question is asked again on the new one.
            visitor.close();
            try (ChatSocket back = ChatSocket.visitor()) {
                back.send("{\"type\":\"resume\",\"resumeToken\":\"%s\",\"lastSeq\":1}", token);
                back.next("resumed");
                assertThat(back.next("handoverAsk").getString("handoverId")).isEqualTo(handoverId);
                back.send("{\"type\":\"handoverAnswer\",\"handoverId\":\"%s\"}", handoverId);
                assertThat(back.next("error").getString("code")).isEqualTo("invalid-field");
                back.send("{\"type\":\"handoverAnswer\",\"handoverId\":\"%s\",\"agree\":true,\"share\":true}",
                        handoverId);
                assertThat(back.next("handover").getString("text")).isEqualTo("Je wordt doorverbonden met"
                        + " IT-partnerlijn. Ho-Fenna blijft bij je tot iemand er is.");
                assertThat(console.next("handover").getBoolean("shareTranscript")).isTrue();
                back.send("{\"type\":\"handoverAnswer\",\"handoverId\":\"%s\",\"agree\":false}", handoverId);
                assertThat(back.next("error").getString("code")).isEqualTo("not-asking");

                JsonObject offer = offersUntil(pimConsole, 1).get(0);
                assertThat(offer.getString("fromLineName")).isEqualTo("CLBch@t");
                assertThat(texts(offer)).containsExactly("visitor: Ik word gepest om wie ik ben.");
                pimConsole.send("{\"type\":\"takeHandover\",\"handoverId\":\"%s\"}", handoverId);
                JsonObject accepted = pimConsole.next("accepted").getJsonObject("chat");
                assertThat(accepted.getString("line")).isEqualTo(PARTNER);
                assertThat(texts(accepted)).containsExactly("visitor: Ik word gepest om wie ik ben.",
                        "system: Ho-Pim van IT-partnerlijn neemt het gesprek over van Ho-Fenna (CLBch@t).");
                back.next("message");
                assertThat(back.next("handedOver").getString("text"))
                        .isEqualTo("Je praat nu met Ho-Pim van IT-partnerlijn.");
                assertThat(console.next("handover").getString("state")).isEqualTo("taken");
                console.next("handedOver");
                assertThat(ChatFixtures.text("SELECT line_code FROM chat WHERE id = ?", chatId)).isEqualTo(PARTNER);
            }
        }
    }

    @Test
    void withoutConsentThePartnerLineReadsOnlyWhatFollowsAndSayingNoKeepsTheChat() {
        try (ChatSocket console = ChatIT.available(fenna); ChatSocket pimConsole = ChatIT.available(pim);
             ChatSocket visitor = ChatSocket.visitor()) {
            String chatId = chatWithFenna(visitor, console, "Dit is alleen voor Fenna.");

            // First the visitor says no: the chat stays with Fenna.
            console.send(handOver(chatId, "line", PARTNER, true, "Eerste poging"));
            String refusedId = console.next("handover").getString("handoverId");
            visitor.next("handoverAsk");
            visitor.send("{\"type\":\"handoverAnswer\",\"handoverId\":\"%s\",\"agree\":false}", refusedId);
            assertThat(visitor.next("handover").getString("text")).isEqualTo("Oké, je blijft bij Ho-Fenna.");
            assertThat(console.next("handover").getString("state")).isEqualTo("refused");
            ChatIT.send(console, chatId, "Geen probleem, ik blijf.");
            visitor.next("message");

            // Then yes, without sharing.
            console.send(handOver(chatId, "line", PARTNER, true, "Tweede poging"));
            String handoverId = console.next("handover").getString("handoverId");
            visitor.next("handoverAsk");
            visitor.send("{\"type\":\"handoverAnswer\",\"handoverId\":\"%s\",\"agree\":true,\"share\":false}",
                    handoverId);
            visitor.next("handover");
            JsonObject offer = offersUntil(pimConsole, 1).get(0);
            assertThat(offer.getBoolean("shared")).isFalse();
            assertThat(offer.getJsonArray("messages")).isEmpty();
            pimConsole.send("{\"type\":\"takeHandover\",\"handoverId\":\"%s\"}", handoverId);
            JsonObject accepted = pimConsole.next("accepted").getJsonObject("chat");
            assertThat(texts(accepted)).containsExactly(
                    "system: Ho-Pim van IT-partnerlijn neemt het gesprek over van Ho-Fenna (CLBch@t).");
            assertThat(accepted.toString()).doesNotContain("alleen voor Fenna");

            // Afterwards, Pim's own transcript of it holds the same: from the hand-over on.
            pimConsole.send("{\"type\":\"end\",\"chatId\":\"%s\"}", chatId);
            pimConsole.next("ended");
            HttpResponse<String> transcript = pim.get("/api/transcripts/" + chatId);
            assertThat(transcript.statusCode()).as(transcript.body()).isEqualTo(200);
            assertThat(transcript.body()).contains("Ho-Pim van IT-partnerlijn neemt het gesprek over")
                    .doesNotContain("alleen voor Fenna");
        }
    }

    @Test
    void aColdHandOverWaitsAtTheFrontOfThePartnerLinesQueue() {
        try (ChatSocket console = ChatIT.available(fenna); ChatSocket pimConsole = ChatIT.available(pim);
             ChatSocket visitor = ChatSocket.visitor()) {
            String chatId = chatWithFenna(visitor, console, "Niet voor de partnerlijn.");
            console.send(handOver(chatId, "line", PARTNER, false, "Koud doorverbonden"));
            String handoverId = console.next("handover").getString("handoverId");
            JsonObject ask = visitor.next("handoverAsk");
            assertThat(ask.getBoolean("warm")).isFalse();
            visitor.send("{\"type\":\"handoverAnswer\",\"handoverId\":\"%s\",\"agree\":true}", handoverId);
            assertThat(visitor.next("message").getString("text")).isEqualTo("Ho-Fenna verbindt je door met"
                    + " IT-partnerlijn.");
            assertThat(visitor.next("handover").getString("state")).isEqualTo("moved");
            assertThat(console.next("handover").getString("state")).isEqualTo("waiting");
            assertThat(console.next("handedOver").getBoolean("cold")).isTrue();
            // Fenna cannot take it back: it waits on the partner line.
            console.send("{\"type\":\"withdrawHandover\",\"handoverId\":\"%s\"}", handoverId);
            assertThat(console.next("error").getString("code")).isEqualTo("handover-moved");

            pimConsole.send("{\"type\":\"accept\"}");
            JsonObject accepted = pimConsole.next("accepted").getJsonObject("chat");
            assertThat(accepted.getString("chatId")).isEqualTo(chatId);
            assertThat(accepted.getJsonObject("handover").getString("note")).isEqualTo("Koud doorverbonden");
            assertThat(texts(accepted)).containsExactly("system: Ho-Fenna verbindt je door met IT-partnerlijn.");
            assertThat(visitor.next("handedOver").getString("operatorAlias")).isEqualTo("Ho-Pim");
            assertThat(ChatFixtures.text("SELECT CONCAT(state, ' ', taken_by) FROM chat_handover WHERE id = ?",
                    handoverId)).isEqualTo("TAKEN it-ho-pim");
        }
    }

    @Test
    void anOpenHandOverLapsesWhenTheVisitorLeavesAndCanBeWithdrawn() {
        try (ChatSocket console = ChatIT.available(fenna); ChatSocket jasperConsole = ChatIT.available(jasper);
             ChatSocket visitor = ChatSocket.visitor()) {
            String chatId = chatWithFenna(visitor, console, "Hallo");
            console.send(handOver(chatId, "colleague", "it-ho-jasper", true, "Even doorgeven"));
            String withdrawnId = console.next("handover").getString("handoverId");
            visitor.next("handover");
            offersUntil(jasperConsole, 1);
            jasperConsole.send("{\"type\":\"withdrawHandover\",\"handoverId\":\"%s\"}", withdrawnId);
            assertThat(jasperConsole.next("error").getString("code")).isEqualTo("unknown-handover");
            console.send("{\"type\":\"withdrawHandover\",\"handoverId\":\"%s\"}", withdrawnId);
            assertThat(console.next("handover").getString("state")).isEqualTo("withdrawn");
            assertThat(visitor.next("handover").getString("text")).isEqualTo("Je blijft bij Ho-Fenna.");
            offersUntil(jasperConsole, 0);

            console.send(handOver(chatId, "colleague", "it-ho-jasper", true, "Nog eens"));
            String handoverId = console.next("handover").getString("handoverId");
            visitor.next("handover");
            offersUntil(jasperConsole, 1);
            visitor.send("{\"type\":\"end\"}");
            visitor.next("ended");
            offersUntil(jasperConsole, 0);
            assertThat(ChatFixtures.text("SELECT state FROM chat_handover WHERE id = ?", handoverId))
                    .isEqualTo("LAPSED");
            jasperConsole.send("{\"type\":\"takeHandover\",\"handoverId\":\"%s\"}", handoverId);
            assertThat(jasperConsole.next("error").getString("message")).isEqualTo("Deze overdracht gaat niet meer"
                    + " door.");
        }
    }

    @Test
    void eachOperatorRegistersTheirOwnPart() {
        try (ChatSocket console = ChatIT.available(fenna); ChatSocket jasperConsole = ChatIT.available(jasper);
             ChatSocket visitor = ChatSocket.visitor()) {
            String chatId = chatWithFenna(visitor, console, "Ik heb een vraag over mijn studiekeuze.");
            console.send(handOver(chatId, "colleague", "it-ho-jasper", true, "Studiekeuze, dan pesten"));
            String handoverId = console.next("handover").getString("handoverId");
            visitor.next("handover");
            offersUntil(jasperConsole, 1);
            jasperConsole.send("{\"type\":\"takeHandover\",\"handoverId\":\"%s\"}", handoverId);
            jasperConsole.next("accepted");
            console.next("handover");
            console.next("handedOver");
            visitor.next("message");
            visitor.next("handedOver");

            // Fenna's part ended with the hand-over: hers to register now, while Jasper goes on.
            String path = "/api/chats/" + chatId + "/registration";
            assertThat(fenna.get("/api/chats/unregistered").body()).contains(chatId);
            console.send("{\"type\":\"accept\"}");
            assertThat(console.next("error").getString("code")).isEqualTo("register-first");
            HttpResponse<String> hers = fenna.putJson(path, "{\"clientType\":\"pupil\",\"themes\":[\"studiekeuze\"],"
                    + "\"outcomes\":[\"info-advice\"]}");
            assertThat(hers.statusCode()).as(hers.body()).isEqualTo(200);
            assertThat(fenna.get("/api/chats/unregistered").body()).doesNotContain(chatId);

            ChatIT.send(visitor, null, "En ik word gepest.");
            jasperConsole.next("message");
            jasperConsole.send("{\"type\":\"end\",\"chatId\":\"%s\"}", chatId);
            jasperConsole.next("ended");
            assertThat(jasper.get("/api/chats/unregistered").body()).contains(chatId);
            assertThat(ChatFixtures.json(jasper.get(path).body()).getJsonArray("themes")).as("a new part, empty")
                    .isEmpty();
            HttpResponse<String> his = jasper.putJson(path, "{\"clientType\":\"pupil\",\"themes\":[\"pesten\"],"
                    + "\"outcomes\":[\"support\"]}");
            assertThat(his.statusCode()).as(his.body()).isEqualTo(200);

            assertThat(ChatFixtures.text("SELECT GROUP_CONCAT(CONCAT(r.part, ' ', r.operator_username, ' ',"
                    + " t.theme_code) ORDER BY r.part) FROM chat_registration r JOIN chat_registration_theme t"
                    + " ON t.chat_id = r.chat_id AND t.part = r.part WHERE r.chat_id = ?", chatId))
                    .isEqualTo("1 it-ho-fenna studiekeuze,2 it-ho-jasper pesten");
            assertThat(ChatFixtures.json(fenna.get(path).body()).getJsonArray("themes").toString())
                    .as("each reads their own part").contains("studiekeuze").doesNotContain("pesten");
            assertThat(ChatFixtures.coordinator().get("/api/chats/unregistered").body()).doesNotContain(chatId);
            assertThat(lien.get(path).statusCode()).as("not a part of hers").isEqualTo(404);
        }
    }

    @Test
    void aPartnerLineThatShowsOneNameToItsVisitorsIsAnsweredUnderThatName() {
        Staff coordinator = ChatFixtures.coordinator();
        String named = "it-partner-naam";
        HttpResponse<String> made = coordinator.postJson("/api/handovers/partner-lines", "{\"code\":\"" + named
                + "\",\"name\":\"IT-naamlijn\",\"organisation\":\"IT-organisatie (demo)\"}");
        assertThat(made.statusCode()).as(made.body()).isIn(201, 400);
        assertThat(coordinator.putJson("/api/handovers/routes/clbchat/" + named, "").statusCode()).isEqualTo(204);
        HttpResponse<String> tooLong = coordinator.putJson("/api/handovers/partner-lines/" + named + "/shown-as",
                "{\"name\":\"" + "x".repeat(31) + "\"}");
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.body()).contains("shownAs");
        assertThat(coordinator.putJson("/api/handovers/partner-lines/" + named + "/shown-as",
                "{\"name\":\"Luisteraar\"}").statusCode()).isEqualTo(204);
        assertThat(coordinator.putJson("/api/handovers/partner-lines/" + named + "/team/it-ho-pim", "").statusCode())
                .isEqualTo(204);
        assertThat(coordinator.delete("/api/handovers/partner-lines/" + named + "/team/it-ho-lien").statusCode())
                .as("not in its team").isEqualTo(404);
        Instant from = Instant.now().minus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        HttpResponse<String> open = coordinator.postJson("/api/lines/" + named + "/exceptions", "{\"start\":\""
                + from + "\",\"end\":\"" + from.plus(1, ChronoUnit.HOURS) + "\",\"kind\":\"open\","
                + "\"reason\":\"Integratietest\"}");
        assertThat(open.statusCode()).as(open.body()).isEqualTo(201);
        try (ChatSocket console = ChatIT.available(fenna); ChatSocket pimConsole = ChatIT.available(pim);
             ChatSocket visitor = ChatSocket.visitor()) {
            String chatId = chatWithFenna(visitor, console, "Hallo");
            console.send(handOver(chatId, "line", named, false, "Koud naar de naamlijn"));
            String handoverId = console.next("handover").getString("handoverId");
            visitor.next("handoverAsk");
            visitor.send("{\"type\":\"handoverAnswer\",\"handoverId\":\"%s\",\"agree\":true}", handoverId);
            visitor.next("message");
            visitor.next("handover");
            pimConsole.send("{\"type\":\"accept\",\"line\":\"%s\"}", named);
            assertThat(pimConsole.next("accepted").getJsonObject("chat").getString("chatId")).isEqualTo(chatId);
            JsonObject joined = visitor.next("handedOver");
            assertThat(joined.getString("operatorAlias")).as("the line's name, not Ho-Pim").isEqualTo("Luisteraar");
            assertThat(joined.getString("text")).isEqualTo("Je praat nu met Luisteraar van IT-naamlijn.");
        } finally {
            assertThat(coordinator.delete("/api/handovers/partner-lines/" + named + "/team/it-ho-pim").statusCode())
                    .isEqualTo(204);
            coordinator.delete("/api/lines/" + named + "/exceptions/"
                    + ChatFixtures.json(open.body()).getJsonNumber("id").longValue());
        }
    }
}
