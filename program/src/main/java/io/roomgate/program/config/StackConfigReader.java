package io.roomgate.program.config;

import io.roomgate.program.config.StackConfig.AppRegistration;
import io.roomgate.program.config.StackConfig.CalendarProcessingSettings;
import io.roomgate.program.config.StackConfig.ConciergeOffice;
import io.roomgate.program.config.StackConfig.DeclaredRooms;
import io.roomgate.program.config.StackConfig.RoomGroup;
import io.roomgate.program.config.StackConfig.RoomSelection;
import io.roomgate.program.config.StackConfig.ServiceAccount;
import io.roomgate.program.config.StackConfig.SignInApp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the {@code roomgate:*} keys of a stack into a {@link StackConfig}: the profile's presets first
 * ({@link ProfilePresets}), the stack's values over them, then each section's checks ({@link TenantSettings},
 * {@link RoomSettings}, {@link DeclaredRoomsReader}, {@link AppSettings}, {@link MailboxSettings}) and those that join sections. All problems are
 * collected and thrown together as a {@link StackConfigException} before the program declares anything.
 */
public final class StackConfigReader {
    public static final String NAMESPACE = "roomgate";

    private StackConfigReader() {}

    public static StackConfig read(ConfigSource source) {
        List<ConfigProblem> problems = new ArrayList<>();
        Profile profile = ProfilePresets.profile(source, problems);
        StackValues values = ProfilePresets.overlay(profile, source, problems);

        String tenantId = TenantSettings.tenantId(values);
        String organization = TenantSettings.organization(values);
        AccessModel accessModel = TenantSettings.accessModel(values);
        RoomSelection rooms = RoomSettings.rooms(values,
                values.raw("buildings") != null && !values.raw("buildings").isJsonNull());
        Optional<AppRegistration> app = AppSettings.app(values, accessModel);
        RoomGroup roomGroup = RoomSettings.roomGroup(values);
        DeclaredRooms declared = DeclaredRoomsReader.read(values.raw("buildings"), values.raw("roomLists"),
                Set.of(roomGroup.alias().toLowerCase(Locale.ROOT)), problems);
        Optional<CalendarProcessingSettings> calendarProcessing = MailboxSettings.calendarProcessing(values);
        List<ConciergeOffice> concierge = RoomSettings.concierge(values, rooms, declared, roomGroup);
        Optional<ServiceAccount> serviceAccount = MailboxSettings.serviceAccount(values);
        Optional<SignInApp> signIn = AppSettings.signIn(values, profile);
        Optional<String> canary = RoomSettings.canary(values, rooms, declared);
        String conferenceType = MailboxSettings.conferenceType(values);

        if (app.isEmpty() && serviceAccount.isEmpty() && values.objectIsDisabled("app")) {
            values.problem("app.enabled", "is false and no roomgate:serviceAccount is set, so the platform would have no way to reach the room calendars. "
                    + "Remove roomgate:app.enabled: false, or set roomgate:serviceAccount: {address: svc@contoso.com, folderRole: Editor}.");
        }
        if (!problems.isEmpty()) {
            throw new StackConfigException(problems);
        }
        return new StackConfig(tenantId, organization, profile, accessModel, app, rooms, declared, roomGroup, calendarProcessing,
                concierge, serviceAccount, signIn, canary, conferenceType);
    }
}
