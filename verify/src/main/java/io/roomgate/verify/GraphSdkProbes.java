package io.roomgate.verify;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import com.azure.core.credential.TokenRequestContext;
import com.microsoft.graph.models.BodyType;
import com.microsoft.graph.models.DateTimeTimeZone;
import com.microsoft.graph.models.Event;
import com.microsoft.graph.models.EventCollectionResponse;
import com.microsoft.graph.models.FreeBusyStatus;
import com.microsoft.graph.models.ItemBody;
import com.microsoft.graph.models.Room;
import com.microsoft.graph.models.RoomCollectionResponse;
import com.microsoft.graph.models.odataerrors.ODataError;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.graph.users.item.UserItemRequestBuilder;
import com.microsoft.kiota.ApiException;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import io.roomgate.exchange.TlsTrust;
import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * {@link GraphProbes} with the Microsoft Graph SDK, signed in as the platform's app. Pointing it at another Graph
 * (the simulator, a national cloud) is configuration: the request adapter's base URL, and an OkHttp client that
 * trusts that server.
 */
public final class GraphSdkProbes implements GraphProbes {
    /** The probe event's subject: an admin who finds one knows what it is and that it may go. */
    public static final String PROBE_SUBJECT = "roomgate verify: access probe (safe to delete)";
    static final String PROBE_BODY = "roomgate verify created this event to prove the room-booking platform's app"
            + " may write to this room's calendar, and deletes it at once. If it is still here, delete it.";
    /** Far enough ahead that nobody books it, near enough that every calendar accepts it. */
    static final Duration PROBE_LEAD = Duration.ofDays(3650);
    static final Duration PROBE_LENGTH = Duration.ofMinutes(15);
    private static final int DELETE_ATTEMPTS = 3;
    private static final int MAX_ROOM_PAGES = 1_000;
    private static final DateTimeFormatter GRAPH_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private final GraphServiceClient graph;
    private final TokenCredential credential;
    private final String tokenScope;
    private final Clock clock;

    GraphSdkProbes(GraphServiceClient graph, TokenCredential credential, String tokenScope, Clock clock) {
        this.graph = Objects.requireNonNull(graph, "graph");
        this.credential = Objects.requireNonNull(credential, "credential");
        this.tokenScope = Objects.requireNonNull(tokenScope, "tokenScope");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @param baseUrl  Graph's base URL, e.g. {@code https://graph.microsoft.com/v1.0}, or the simulator's
     * @param resource the resource tokens are asked for ({@code https://graph.microsoft.com}, the scope being
     *                 {@code <resource>/.default}); the simulator answers for the public cloud's
     * @param trust    trust for a server with a private certificate, or null for the JDK's trust store
     */
    public static GraphSdkProbes connect(TokenCredential credential, URI baseUrl, String resource, TlsTrust trust,
                                         Clock clock) {
        return new GraphSdkProbes(GraphClients.create(credential, baseUrl, resource, trust), credential,
                GraphClients.scopeOf(resource), clock);
    }

    @Override
    public ProbeResult readCalendar(String mailbox) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        try {
            var view = user(mailbox).calendarView().get(request -> {
                request.queryParameters.startDateTime = now.toString();
                request.queryParameters.endDateTime = now.plus(Duration.ofDays(1)).toString();
                request.queryParameters.top = 1;
                request.queryParameters.select = new String[] {"subject", "start", "end"};
            });
            return ProbeResult.allowed("GET /users/" + mailbox + "/calendarView: 200 ("
                    + (view == null || view.getValue() == null ? 0 : view.getValue().size()) + " event(s) in the next day)");
        } catch (ApiException e) {
            return fromApi("GET /users/" + mailbox + "/calendarView", e);
        } catch (RuntimeException e) {
            return ProbeResult.failed("GET /users/" + mailbox + "/calendarView: " + Verifier.describe(e));
        }
    }

    @Override
    public ProbeResult writeProbeEvent(String mailbox) {
        Instant start = clock.instant().plus(PROBE_LEAD).truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(3));
        var probe = new Probe(mailbox, start, start.plus(PROBE_LENGTH), "roomgate-verify-" + UUID.randomUUID());
        ProbeResult outcome = ProbeResult.failed("the probe did not finish");
        try {
            outcome = createAndReadBack(probe);
        } finally {
            Optional<String> leftover = cleanUp(probe);
            if (leftover.isPresent()) {
                outcome = ProbeResult.failed(leftover.get() + (outcome.is(Outcome.ALLOWED) ? ""
                        : "; before that: " + outcome.detail()));
            }
        }
        return outcome;
    }

    /** One probe event's identity and whereabouts; {@code createdId} is set once Graph has said 201. */
    private static final class Probe {
        final String mailbox;
        final Instant start;
        final Instant end;
        final String transactionId;
        String createdId;
        /** The create may have taken effect without our knowing its id (response lost, 5xx). */
        boolean mayExistUnknown;

        Probe(String mailbox, Instant start, Instant end, String transactionId) {
            this.mailbox = mailbox;
            this.start = start;
            this.end = end;
            this.transactionId = transactionId;
        }
    }

    private ProbeResult createAndReadBack(Probe probe) {
        String events = "/users/" + probe.mailbox + "/events";
        try {
            probe.mayExistUnknown = true;
            Event created = user(probe.mailbox).events().post(probeEvent(probe));
            probe.createdId = created == null ? null : created.getId();
            probe.mayExistUnknown = probe.createdId == null;
            if (probe.createdId == null) {
                return ProbeResult.failed("POST " + events + " answered without an event id");
            }
        } catch (ApiException e) {
            // A refusal (4xx) made nothing; anything else may have.
            probe.mayExistUnknown = e.getResponseStatusCode() == 0 || e.getResponseStatusCode() >= 500;
            return fromApi("POST " + events, e);
        }
        try {
            Event readBack = user(probe.mailbox).events().byEventId(probe.createdId).get();
            if (readBack == null || !PROBE_SUBJECT.equals(readBack.getSubject())) {
                return ProbeResult.failed("GET " + events + "/{id} returned another event than the probe");
            }
        } catch (ApiException e) {
            return ProbeResult.failed("the probe event was created, but reading it back failed: "
                    + fromApi("GET " + events + "/{id}", e).detail());
        }
        return ProbeResult.allowed("POST " + events + ": 201, read back, deleted (probe on " + probe.start + ")");
    }

    /** Deletes the probe event; empty when nothing is left behind, else what the admin must remove by hand. */
    private Optional<String> cleanUp(Probe probe) {
        List<String> ids = new ArrayList<>();
        if (probe.createdId != null) {
            ids.add(probe.createdId);
        } else if (probe.mayExistUnknown) {
            try {
                ids.addAll(findProbeEvents(probe));
            } catch (RuntimeException e) {
                return Optional.of("could not check whether a probe event was left in " + probe.mailbox + " ("
                        + describe(e) + "); look for '" + PROBE_SUBJECT + "' on " + probe.start + " and delete it");
            }
        }
        var left = new ArrayList<String>();
        String lastFailure = "";
        for (String id : ids) {
            Optional<String> failure = delete(probe.mailbox, id);
            if (failure.isPresent()) {
                left.add(id);
                lastFailure = failure.get();
            }
        }
        if (left.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("the probe event " + String.join(", ", left) + " in " + probe.mailbox
                + " could not be deleted (" + lastFailure + "); delete '" + PROBE_SUBJECT + "' on " + probe.start
                + " by hand");
    }

    private Optional<String> delete(String mailbox, String id) {
        String failure = "";
        for (int attempt = 1; attempt <= DELETE_ATTEMPTS; attempt++) {
            try {
                user(mailbox).events().byEventId(id).delete();
                return Optional.empty();
            } catch (ApiException e) {
                if (e.getResponseStatusCode() == 404) {
                    return Optional.empty();
                }
                failure = fromApi("DELETE", e).detail();
            } catch (RuntimeException e) {
                failure = "DELETE: " + describe(e);
            }
        }
        return Optional.of(failure);
    }

    /** Probe events in the probe's slot: ours by transaction id, or by subject if Graph dropped the id. */
    private List<String> findProbeEvents(Probe probe) {
        EventCollectionResponse view = user(probe.mailbox).calendarView().get(request -> {
            request.queryParameters.startDateTime = probe.start.toString();
            request.queryParameters.endDateTime = probe.end.toString();
        });
        var ids = new ArrayList<String>();
        if (view != null && view.getValue() != null) {
            for (Event event : view.getValue()) {
                boolean ours = probe.transactionId.equals(event.getTransactionId())
                        || (event.getTransactionId() == null && PROBE_SUBJECT.equals(event.getSubject()));
                if (ours && event.getId() != null) {
                    ids.add(event.getId());
                }
            }
        }
        return ids;
    }

    private static Event probeEvent(Probe probe) {
        var event = new Event();
        event.setSubject(PROBE_SUBJECT);
        var body = new ItemBody();
        body.setContentType(BodyType.Text);
        body.setContent(PROBE_BODY);
        event.setBody(body);
        event.setStart(graphTime(probe.start));
        event.setEnd(graphTime(probe.end));
        event.setShowAs(FreeBusyStatus.Free);
        event.setIsReminderOn(false);
        event.setTransactionId(probe.transactionId);
        return event;
    }

    private static DateTimeTimeZone graphTime(Instant instant) {
        var time = new DateTimeTimeZone();
        time.setDateTime(GRAPH_TIME.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC)));
        time.setTimeZone("UTC");
        return time;
    }

    @Override
    public Set<String> applicationPermissions() {
        AccessToken token;
        try {
            token = credential.getTokenSync(new TokenRequestContext().addScopes(tokenScope));
        } catch (RuntimeException e) {
            throw new VerifyException("the platform's app could not sign in for " + tokenScope + ": "
                    + describe(e) + ". Check the stack's tenantId, clientId and client secret (or certificate).", e);
        }
        try {
            JWTClaimsSet claims = JWTParser.parse(token.getToken()).getJWTClaimsSet();
            List<String> roles = claims.getStringListClaim("roles");
            return roles == null ? Set.of() : Set.copyOf(roles);
        } catch (ParseException e) {
            throw new VerifyException("the token the platform's app received is not a JWT, so its permissions cannot"
                    + " be checked", e);
        }
    }

    @Override
    public Optional<List<String>> listRooms() {
        var rooms = new ArrayList<String>();
        try {
            RoomCollectionResponse page = graph.places().graphRoom().get();
            for (int pages = 1; page != null; pages++) {
                if (page.getValue() != null) {
                    page.getValue().stream().map(Room::getEmailAddress).filter(Objects::nonNull).forEach(rooms::add);
                }
                String next = page.getOdataNextLink();
                if (next == null || pages >= MAX_ROOM_PAGES) {
                    break;
                }
                page = graph.places().graphRoom().withUrl(next).get();
            }
            return Optional.of(rooms);
        } catch (ApiException e) {
            // Place.Read.All is optional for many platforms: no listing then, and no complaint.
            return Optional.empty();
        }
    }

    private UserItemRequestBuilder user(String mailbox) {
        return graph.users().byUserId(mailbox);
    }

    /** A Graph error as a probe outcome, with Graph's own code and message. */
    static ProbeResult fromApi(String call, ApiException e) {
        int status = e.getResponseStatusCode();
        String code = "";
        String message = e.getMessage();
        if (e instanceof ODataError odata && odata.getError() != null) {
            code = odata.getError().getCode() == null ? "" : odata.getError().getCode();
            message = odata.getError().getMessage();
        }
        String detail = call + ": " + (status == 0 ? "" : status + " ") + code
                + (message == null || message.isBlank() ? "" : " (" + message + ")");
        return switch (status) {
            case 403 -> ProbeResult.denied(detail);
            case 404 -> ProbeResult.notFound(detail);
            default -> ProbeResult.failed(detail);
        };
    }

    private static String describe(RuntimeException e) {
        return e instanceof ApiException api ? fromApi("", api).detail().substring(2) : Verifier.describe(e);
    }
}
