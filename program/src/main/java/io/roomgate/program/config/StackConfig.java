package io.roomgate.program.config;

import javax.annotation.Nullable;
import java.util.List;
import java.util.Optional;

/**
 * One stack's {@code roomgate:*} configuration, typed and validated, with the profile's presets applied.
 * {@link StackConfigReader} is the only way to make one.
 *
 * @param app            the platform's app registration; empty when the platform signs in as a service account
 *                       instead (the {@code alexa-delegate} profile)
 * @param roomGroup      the mail-enabled security group of the stack's rooms: the policy's scope in access-policy
 *                       mode, the {@code MemberOfGroup} scope in RBAC mode unless the stack covers all rooms
 * @param canaryMailbox  a mailbox that is not a room, which verify must see denied
 */
public record StackConfig(
        String tenantId,
        String organization,
        Profile profile,
        AccessModel accessModel,
        Optional<AppRegistration> app,
        RoomSelection rooms,
        DeclaredRooms declaredRooms,
        RoomGroup roomGroup,
        Optional<CalendarProcessingSettings> calendarProcessing,
        List<ConciergeOffice> concierge,
        Optional<ServiceAccount> serviceAccount,
        Optional<SignInApp> signIn,
        Optional<String> canaryMailbox,
        String conferenceType) {

    /** @param existing set when the stack brings its own app: no app registration, service principal or secret is declared */
    public record AppRegistration(
            String displayName,
            List<GraphPermission> permissions,
            int secretLifetimeMonths,
            int secretRotationDays,
            Optional<ExistingApp> existing,
            boolean grantConsent) {

        public List<GraphPermission> mailboxPermissions() {
            return permissions.stream().filter(GraphPermission::mailboxScoped).toList();
        }

        public List<GraphPermission> directoryPermissions() {
            return permissions.stream().filter(p -> !p.mailboxScoped()).toList();
        }
    }

    /** An app registered outside roomgate; its client secret is the secret key {@code roomgate:appClientSecret}. */
    public record ExistingApp(String clientId, String servicePrincipalObjectId) {}

    /**
     * Which rooms the stack covers: explicit addresses, or rooms discovered in the tenant (all room mailboxes, or
     * those matching a room list, a filter and a building, combined with AND).
     */
    public record RoomSelection(
            List<String> addresses,
            boolean allRooms,
            Optional<String> roomList,
            Optional<String> filter,
            Optional<String> building) {

        public boolean explicit() {
            return !addresses.isEmpty();
        }
    }

    public record RoomGroup(String name, String alias, Optional<String> primarySmtpAddress, List<String> owners) {}

    /**
     * The rooms the stack creates ({@code roomgate:buildings}: buildings, their floors, their rooms) and the room lists
     * it keeps (one per building that names one, and {@code roomgate:roomLists}). They join the stack's rooms.
     */
    public record DeclaredRooms(List<DeclaredRoom> rooms, List<DeclaredRoomList> roomLists) {
        public static DeclaredRooms none() {
            return new DeclaredRooms(List.of(), List.of());
        }

        public boolean isEmpty() {
            return rooms.isEmpty() && roomLists.isEmpty();
        }

        public List<String> addresses() {
            return rooms.stream().map(DeclaredRoom::address).toList();
        }
    }

    /**
     * One room mailbox the stack creates, with its Places data; a null setting is not managed. {@code importExisting}
     * adopts a room made by hand (Pulumi's {@code import} option): its settings must then match what Exchange has.
     */
    public record DeclaredRoom(
            String address,
            String name,
            @Nullable String displayName,
            @Nullable String alias,
            @Nullable Integer capacity,
            @Nullable String building,
            @Nullable Integer floor,
            @Nullable String floorLabel,
            @Nullable String label,
            Location location,
            @Nullable String phone,
            List<String> tags,
            @Nullable Boolean wheelchairAccessible,
            @Nullable String audioDevice,
            @Nullable String videoDevice,
            @Nullable String displayDevice,
            boolean blockSignIn,
            boolean deleteMailboxOnDestroy,
            boolean importExisting) {}

    /** Where a building is; a null part is not managed. */
    public record Location(@Nullable String street, @Nullable String city, @Nullable String state,
                           @Nullable String postalCode, @Nullable String countryOrRegion) {
        public static final Location NONE = new Location(null, null, null, null, null);
    }

    /** A room list Room Finder shows: a building's rooms, or rooms the stack lists by address. */
    public record DeclaredRoomList(String name, String alias, Optional<String> primarySmtpAddress, List<String> rooms) {}

    /** Only the settings that are set are managed; a null leaves the room's own value alone. */
    public record CalendarProcessingSettings(
            @Nullable String automateProcessing,
            @Nullable Boolean addOrganizerToSubject,
            @Nullable Boolean deleteSubject,
            @Nullable Boolean deleteComments,
            @Nullable Boolean removePrivateProperty,
            @Nullable Boolean deleteAttachments,
            @Nullable Boolean deleteNonCalendarItems,
            @Nullable Boolean processExternalMeetingMessages,
            @Nullable Boolean allowConflicts,
            @Nullable Boolean allowRecurringMeetings,
            @Nullable Integer bookingWindowInDays,
            @Nullable Integer maximumDurationInMinutes,
            List<String> resourceDelegates) {}

    /**
     * A concierge office: a mail-enabled security group of concierge users and its access to some rooms.
     *
     * @param rooms      the rooms of this office; empty means every room of the stack
     * @param folderRole the calendar folder role granted on each room; empty means FullAccess to the mailbox
     */
    public record ConciergeOffice(
            String name,
            String alias,
            Optional<String> primarySmtpAddress,
            List<String> owners,
            List<String> members,
            List<String> rooms,
            Optional<FolderRole> folderRole) {}

    /**
     * @param create the mailbox roomgate creates for the account (the {@code alexa-delegate} profile does unless the
     *               stack says {@code existing: true}); empty when the account exists already
     */
    public record ServiceAccount(String address, FolderRole folderRole, Optional<NewServiceAccount> create) {}

    /** A service account roomgate creates: its name, and whether its password comes from the stack's secrets. */
    public record NewServiceAccount(String name, Optional<String> displayName, boolean passwordGiven) {}

    /** The delegated (user sign-in) app of a platform, e.g. PlaceOS's "User Authentication" registration. */
    public record SignInApp(
            String displayName,
            List<String> webRedirectUris,
            List<String> spaRedirectUris,
            List<String> delegatedScopes,
            boolean adminConsent,
            int secretLifetimeMonths,
            int secretRotationDays) {

        /** A web (confidential) client needs a secret; a single-page app does not. */
        public boolean needsSecret() {
            return !webRedirectUris.isEmpty();
        }
    }
}
