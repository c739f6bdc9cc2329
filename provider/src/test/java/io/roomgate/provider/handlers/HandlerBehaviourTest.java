package io.roomgate.provider.handlers;

import io.grpc.Status;
import io.roomgate.exchange.DistributionGroup;
import io.roomgate.exchange.ExchangeAdmin;
import io.roomgate.exchange.ExchangeException;
import io.roomgate.exchange.Recipient;
import io.roomgate.exchange.Warnings;
import io.roomgate.provider.EngineLog;
import io.roomgate.provider.codec.PropertyCodec;
import io.roomgate.provider.codec.Unknown;
import io.roomgate.provider.framework.Operation;
import io.roomgate.provider.framework.ProviderException;
import io.roomgate.provider.framework.ResourceEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import pulumirpc.Provider.CreateRequest;
import pulumirpc.Provider.ReadRequest;
import pulumirpc.Provider.UpdateRequest;

import java.util.List;
import java.util.Optional;

import static io.roomgate.provider.Wire.struct;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

@ExtendWith(MockitoExtension.class)
class HandlerBehaviourTest {
    private static final String GROUP_URN = "urn:pulumi:dev::roomgate::exchangeonline:index:MailEnabledSecurityGroup::rooms";
    private static final String APP = "11111111-2222-3333-4444-555555555555";

    @Mock
    ExchangeAdmin exchange;

    private final Operation operation = new Operation("urn:x", EngineLog.toStderr());

    private static Recipient member(String address) {
        return new Recipient(address, address, address, address, address, "RoomMailbox");
    }

    private static DistributionGroup group(String guid) {
        return new DistributionGroup(guid, "Rooms", "Rooms", "rooms", "Rooms", "rooms@contoso.com",
                "CN=Rooms,OU=contoso", "e1", List.of(), false, "MailUniversalSecurityGroup", "Universal, SecurityEnabled");
    }

    @Test
    void refreshOfAGroupWhoseOwnersWereNeverDeclaredReportsNoOwnerDrift() {
        when(exchange.findDistributionGroup("g1")).thenReturn(Optional.of(group("g1")));
        when(exchange.listDistributionGroupMembers("g1")).thenReturn(List.of(member("r1@contoso.com")));
        var handler = new MailEnabledSecurityGroup(() -> exchange);
        var recorded = new MailEnabledSecurityGroup.Group("Rooms", "rooms", "Rooms", "rooms@contoso.com", null,
                List.of("r1@contoso.com"), false, "g1", "CN=Rooms", "e1");

        var read = handler.read("g1", recorded, operation).orElseThrow();

        assertNull(read.owners(), "owners were not declared, so an empty ManagedBy is not reported as []");
        assertEquals(List.of("r1@contoso.com"), read.members());
    }

    @Test
    void refreshOfAGroupWhoseDeclaredOwnersWereRemovedByHandShowsTheDrift() {
        when(exchange.findDistributionGroup("g1")).thenReturn(Optional.of(group("g1")));
        when(exchange.listDistributionGroupMembers("g1")).thenReturn(List.of());
        var handler = new MailEnabledSecurityGroup(() -> exchange);
        var recorded = new MailEnabledSecurityGroup.Group("Rooms", "rooms", "Rooms", "rooms@contoso.com",
                List.of("admin@contoso.com"), List.of(), false, "g1", "CN=Rooms", "e1");

        var read = handler.read("g1", recorded, operation).orElseThrow();

        assertEquals(List.of(), read.owners());
    }

    @Test
    void previewCreateNeverCallsExchangeAndLeavesComputedOutputsUnknown() {
        var endpoint = new ResourceEndpoint<>(new MailEnabledSecurityGroup(() -> exchange));
        var response = endpoint.create(CreateRequest.newBuilder().setUrn(GROUP_URN).setPreview(true)
                .setProperties(struct("name", "Rooms", "alias", "rooms", "members", List.of(Unknown.STRING))).build(),
                operation);
        verifyNoInteractions(exchange);
        assertEquals("", response.getId());
        assertEquals(Unknown.STRING, PropertyCodec.decode(response.getProperties()).get("guid"));
        assertEquals(Unknown.STRING, PropertyCodec.decode(response.getProperties()).get("distinguishedName"));
    }

    @Test
    void previewUpdateNeverCallsExchange() {
        var endpoint = new ResourceEndpoint<>(new MailEnabledSecurityGroup(() -> exchange));
        var response = endpoint.update(UpdateRequest.newBuilder().setUrn(GROUP_URN).setId("g1").setPreview(true)
                .setOlds(struct("name", "Rooms", "alias", "rooms", "guid", "g1", "members", List.of("a@contoso.com")))
                .setNews(struct("name", "Rooms", "alias", "rooms", "members", List.of("b@contoso.com"))).build(),
                operation);
        verifyNoInteractions(exchange);
        assertEquals(List.of("b@contoso.com"), PropertyCodec.decode(response.getProperties()).get("members"));
        assertEquals("g1", PropertyCodec.decode(response.getProperties()).get("guid"));
    }

    @Test
    void membershipUpdateAddsAndRemovesOnlyTheDifference() {
        when(exchange.listDistributionGroupMembers("g1")).thenReturn(List.of(member("r1@contoso.com"),
                member("r2@contoso.com"), member("r3@contoso.com")));
        when(exchange.addDistributionGroupMember(anyString(), anyString())).thenReturn(Warnings.none());
        when(exchange.removeDistributionGroupMember(anyString(), anyString())).thenReturn(Warnings.none());
        when(exchange.findDistributionGroup("g1")).thenReturn(Optional.of(group("g1")));
        var handler = new MailEnabledSecurityGroup(() -> exchange);
        var state = new MailEnabledSecurityGroup.Group("Rooms", "rooms", "Rooms", "rooms@contoso.com", null,
                List.of("r1@contoso.com", "r2@contoso.com", "r3@contoso.com"), false, "g1", "CN=Rooms", "e1");
        var inputs = new MailEnabledSecurityGroup.Group("Rooms", "rooms", null, null, null,
                List.of("R2@contoso.com", "r3@contoso.com", "r4@contoso.com"), null, null, null, null);
        var updated = handler.update("g1", state, inputs, operation);
        verify(exchange).addDistributionGroupMember("g1", "r4@contoso.com");
        verify(exchange).removeDistributionGroupMember("g1", "r1@contoso.com");
        verify(exchange, never()).replaceDistributionGroupMembers(anyString(), anyList());
        verify(exchange, never()).setDistributionGroup(anyString(), any());
        assertEquals(List.of("R2@contoso.com", "r3@contoso.com", "r4@contoso.com"), updated.members());
    }

    @Test
    void membershipIsReplacedInOneCallWhenThatIsCheaper() {
        when(exchange.listDistributionGroupMembers("g1")).thenReturn(List.of(member("a@contoso.com"),
                member("b@contoso.com"), member("c@contoso.com")));
        when(exchange.replaceDistributionGroupMembers(anyString(), anyList())).thenReturn(Warnings.none());
        when(exchange.findDistributionGroup("g1")).thenReturn(Optional.of(group("g1")));
        var handler = new MailEnabledSecurityGroup(() -> exchange);
        var state = new MailEnabledSecurityGroup.Group("Rooms", "rooms", null, null, null, List.of(), null, "g1", null, null);
        handler.update("g1", state, new MailEnabledSecurityGroup.Group("Rooms", "rooms", null, null, null,
                List.of("d@contoso.com"), null, null, null, null), operation);
        verify(exchange).replaceDistributionGroupMembers("g1", List.of("d@contoso.com"));
        verify(exchange, never()).addDistributionGroupMember(anyString(), anyString());
    }

    @Test
    void createWhoseResponseWasLostAdoptsTheGroupInsteadOfDuplicatingIt() {
        when(exchange.findDistributionGroup("rooms")).thenReturn(Optional.empty(), Optional.of(group("g7")));
        when(exchange.newSecurityGroup(any())).thenThrow(new ExchangeException(ExchangeException.Kind.ALREADY_EXISTS,
                "New-DistributionGroup", "The object 'Rooms' already exists."));
        when(exchange.findDistributionGroup("g7")).thenReturn(Optional.of(group("g7")));
        when(exchange.listDistributionGroupMembers("g7")).thenReturn(List.of());
        var created = new MailEnabledSecurityGroup(() -> exchange).create(new MailEnabledSecurityGroup.Group("Rooms",
                "rooms", null, null, null, List.of(), null, null, null, null), operation);
        assertEquals("g7", created.id());
        verify(exchange).newSecurityGroup(any());
    }

    @Test
    void deleteOfAGroupAlreadyGoneSucceeds() {
        when(exchange.removeDistributionGroup("g1")).thenThrow(new ExchangeException(ExchangeException.Kind.NOT_FOUND,
                "Remove-DistributionGroup", "couldn't be found"));
        new MailEnabledSecurityGroup(() -> exchange).delete("g1", new MailEnabledSecurityGroup.Group("Rooms", "rooms",
                null, null, null, null, null, "g1", null, null), operation);
        verify(exchange).removeDistributionGroup("g1");
    }

    @Test
    void aThrottledReadIsAnErrorNeverAGoneResource() {
        when(exchange.findDistributionGroup("g1")).thenThrow(new ExchangeException(ExchangeException.Kind.THROTTLED,
                "Get-DistributionGroup", "throttled"));
        var endpoint = new ResourceEndpoint<>(new MailEnabledSecurityGroup(() -> exchange));
        var failure = assertThrows(ExchangeException.class, () -> endpoint.read(ReadRequest.newBuilder().setId("g1")
                .setUrn(GROUP_URN).build(), operation));
        assertEquals(ExchangeException.Kind.THROTTLED, failure.kind());
    }

    @Test
    void aGroupExchangeClearlyDoesNotHaveIsReportedGoneWithAnEmptyId() {
        when(exchange.findDistributionGroup("g1")).thenReturn(Optional.empty());
        var endpoint = new ResourceEndpoint<>(new MailEnabledSecurityGroup(() -> exchange));
        assertEquals("", endpoint.read(ReadRequest.newBuilder().setId("g1").setUrn(GROUP_URN).build(), operation)
                .getId());
    }

    @Test
    void accessPolicyDeleteRefusesWhileTheAppHoldsATenantWideCalendarsGrant() {
        var handler = new ApplicationAccessPolicy(() -> exchange,
                appId -> CalendarGrants.Check.held(List.of("Microsoft Graph Calendars.ReadWrite (application permission)")));
        var failure = assertThrows(ProviderException.class, () -> handler.delete("p1", new ApplicationAccessPolicy.Policy(
                APP, "rooms@contoso.com", "RestrictAccess", null, "p1", "Rooms"), operation));
        assertEquals(Status.Code.FAILED_PRECONDITION, failure.code());
        assertTrue(failure.getMessage().contains("Microsoft Graph Calendars.ReadWrite (application permission)"),
                failure.getMessage());
        assertTrue(failure.getMessage().contains("Remove the grant first"), failure.getMessage());
        verifyNoInteractions(exchange);
    }

    @Test
    void accessPolicyDeleteProceedsOnceTheGrantIsGone() {
        when(exchange.removeApplicationAccessPolicy("p1")).thenReturn(Warnings.none());
        new ApplicationAccessPolicy(() -> exchange, appId -> CalendarGrants.Check.held(List.of())).delete("p1",
                new ApplicationAccessPolicy.Policy(APP, "rooms@contoso.com", "RestrictAccess", null, "p1", "Rooms"),
                operation);
        verify(exchange).removeApplicationAccessPolicy("p1");
    }

    @Test
    void accessPolicyDeleteThatCannotReadTheGrantsWarnsNamingThePermissionAndProceeds() {
        when(exchange.removeApplicationAccessPolicy("p1")).thenReturn(Warnings.none());
        Operation watched = org.mockito.Mockito.mock(Operation.class);
        new ApplicationAccessPolicy(() -> exchange, appId -> CalendarGrants.Check.notChecked("Microsoft Graph refused "
                + "to show the service principal of app " + appId + " (HTTP 403); grant the deploying app the "
                + "Microsoft Graph application permission Application.Read.All")).delete("p1",
                new ApplicationAccessPolicy.Policy(APP, "rooms@contoso.com", "RestrictAccess", null, "p1", "Rooms"),
                watched);
        verify(exchange).removeApplicationAccessPolicy("p1");
        verify(watched).warning(org.mockito.ArgumentMatchers.argThat(message -> message.contains(
                "could not check that app " + APP + " holds no tenant-wide Microsoft Graph Calendars.*")
                && message.contains("Application.Read.All") && message.contains("Deleting the policy anyway")));
    }

    @Test
    void accessPolicyDeleteRefusesWhenGraphCouldNotBeAskedThisTime() {
        var handler = new ApplicationAccessPolicy(() -> exchange, appId -> {
            throw new ProviderException(Status.Code.UNAVAILABLE, "could not check whether app " + appId
                    + " still holds a tenant-wide Microsoft Graph Calendars permission: HTTP 503");
        });
        var failure = assertThrows(ProviderException.class, () -> handler.delete("p1", new ApplicationAccessPolicy.Policy(
                APP, "rooms@contoso.com", "RestrictAccess", null, "p1", "Rooms"), operation));
        assertEquals(Status.Code.UNAVAILABLE, failure.code());
        verifyNoInteractions(exchange);
    }
}
