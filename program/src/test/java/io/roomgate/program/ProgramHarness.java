package io.roomgate.program;

import com.google.gson.Gson;
import com.pulumi.Log;
import com.pulumi.core.Output;
import com.pulumi.core.internal.OutputData;
import com.pulumi.resources.Resource;
import com.pulumi.test.Mocks;
import com.pulumi.test.PulumiTest;
import com.pulumi.test.TestOptions;
import com.pulumi.test.TestResult;
import com.pulumi.test.internal.MockMonitor;
import com.pulumi.test.internal.PulumiTestInternal;
import pulumirpc.Resource.RegisterResourceRequest;
import pulumirpc.Resource.RegisterResourceResponse;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * Runs the roomgate program against the Pulumi SDK's mocks and keeps what the engine would have seen: every
 * registration with its inputs, and (through a monitor that records the raw requests) its parent and dependencies.
 * The mocks play the providers: they echo inputs and add the outputs the real providers compute.
 */
final class ProgramHarness {
    static final String GRAPH_SP_OBJECT_ID = "7b3c2a10-0000-4000-8000-00000000a0a0";
    static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

    /** One resource as registered: type, name, inputs, parent URN and the URNs it depends on. */
    record Registration(String type, String name, Map<String, Object> inputs, String urn, String parent, Set<String> dependencies,
                        String version, List<String> additionalSecretOutputs) {
        String input(String key) {
            Object value = inputs.get(key);
            return value == null ? null : value.toString();
        }

        @SuppressWarnings("unchecked")
        List<Object> list(String key) {
            return (List<Object>) inputs.get(key);
        }
    }

    static final class ProviderMocks implements Mocks {
        final List<Mocks.ResourceArgs> resources = new CopyOnWriteArrayList<>();
        final List<Mocks.CallArgs> calls = new CopyOnWriteArrayList<>();
        final List<String> discoveredRooms;

        ProviderMocks(List<String> discoveredRooms) {
            this.discoveredRooms = discoveredRooms;
        }

        @Override
        public CompletableFuture<ResourceResult> newResourceAsync(Mocks.ResourceArgs args) {
            resources.add(args);
            Map<String, Object> state = new HashMap<>(args.inputs);
            String id = args.name + "-id";
            switch (args.type) {
                case "azuread:index/application:Application" -> {
                    id = "/applications/obj-" + args.name;
                    state.put("clientId", "client-" + args.name);
                    state.put("objectId", "obj-" + args.name);
                }
                case "azuread:index/servicePrincipal:ServicePrincipal" -> state.put("objectId", "sp-" + args.name);
                // Plain on purpose: the engine would apply additionalSecretOutputs, the mock monitor does not,
                // so the program itself must keep the secret a secret.
                case "azuread:index/applicationPassword:ApplicationPassword" -> state.put("value", "secret-value-" + args.name);
                case "exchangeonline:index:MailEnabledSecurityGroup" -> {
                    String alias = (String) args.inputs.get("alias");
                    state.put("guid", "guid-" + args.name);
                    state.put("distinguishedName", "CN=" + alias + ",OU=contoso.onmicrosoft.com,OU=Microsoft Exchange Hosted Organizations,DC=EURPR01A001,DC=prod,DC=outlook,DC=com");
                    state.putIfAbsent("primarySmtpAddress", alias.toLowerCase(Locale.ROOT) + "@contoso.onmicrosoft.com");
                    state.put("externalDirectoryObjectId", "edo-" + args.name);
                }
                case "exchangeonline:index:ApplicationAccessPolicy" -> state.put("identity", "policy-" + args.name);
                case "exchangeonline:index:ServicePrincipal" -> state.put("identity", "exo-sp-" + args.name);
                case "exchangeonline:index:ManagementRoleAssignment" -> state.put("roleAssigneeName", "assignee-" + args.name);
                // The provider generates a service account's password when the stack gives none.
                case "exchangeonline:index:UserMailbox" -> state.putIfAbsent("password", "generated-password-" + args.name);
                case "exchangeonline:index:RoomMailbox" -> {
                    id = (String) args.inputs.get("primarySmtpAddress");
                    state.put("guid", "guid-" + args.name);
                    state.put("accountDisabled", true);
                }
                case "exchangeonline:index:RoomList" -> state.put("guid", "guid-" + args.name);
                default -> { }
            }
            return CompletableFuture.completedFuture(ResourceResult.of(Optional.of(id), state));
        }

        @Override
        public CompletableFuture<Map<String, Object>> callAsync(Mocks.CallArgs args) {
            calls.add(args);
            return CompletableFuture.completedFuture(switch (args.token) {
                case "exchangeonline:index:getRoomMailboxes" -> Map.of("rooms", discoveredRooms.stream().map(address -> Map.<String, Object>of(
                        "primarySmtpAddress", address, "displayName", address.substring(0, address.indexOf('@')),
                        "alias", address.substring(0, address.indexOf('@')), "guid", "guid-" + address)).toList());
                case "azuread:index/getServicePrincipal:getServicePrincipal" -> Map.of(
                        "objectId", GRAPH_SP_OBJECT_ID,
                        "clientId", "00000003-0000-0000-c000-000000000000",
                        "oauth2PermissionScopeIds", DELEGATED_SCOPE_IDS);
                default -> throw new IllegalArgumentException("no mock for function " + args.token);
            });
        }
    }

    /** Delegated scope ids as a tenant's Graph service principal publishes them (values made up for the test). */
    static final Map<String, String> DELEGATED_SCOPE_IDS = Map.ofEntries(
            Map.entry("openid", "scope-openid"), Map.entry("profile", "scope-profile"), Map.entry("offline_access", "scope-offline_access"),
            Map.entry("email", "scope-email"), Map.entry("User.Read", "scope-User.Read"), Map.entry("User.Read.All", "scope-User.Read.All"),
            Map.entry("Calendars.ReadWrite", "scope-Calendars.ReadWrite"), Map.entry("Calendars.ReadWrite.Shared", "scope-Calendars.ReadWrite.Shared"),
            Map.entry("Group.Read.All", "scope-Group.Read.All"));

    /** Records the raw registration requests, which carry what Mocks.ResourceArgs leaves out: parent and dependencies. */
    static final class RecordingMonitor extends MockMonitor {
        final List<RegisterResourceRequest> requests = new CopyOnWriteArrayList<>();
        final Map<RegisterResourceRequest, String> urns = new java.util.concurrent.ConcurrentHashMap<>();

        RecordingMonitor(Mocks mocks) {
            super(mocks, Log.ignore());
        }

        @Override
        public CompletableFuture<RegisterResourceResponse> registerResourceAsync(Resource resource, RegisterResourceRequest request) {
            requests.add(request);
            return super.registerResourceAsync(resource, request).thenApply(response -> {
                urns.put(request, response.getUrn());
                return response;
            });
        }
    }

    /** The outcome of one program run. */
    record Run(TestResult result, ProviderMocks mocks, RecordingMonitor monitor) {
        List<Registration> registrations() {
            var byName = new LinkedHashMap<String, Registration>();
            for (Mocks.ResourceArgs args : mocks.resources) {
                RegisterResourceRequest request = monitor.requests.stream()
                        .filter(r -> r.getType().equals(args.type) && r.getName().equals(args.name)).findFirst().orElseThrow();
                String urn = monitor.urns.get(request);
                byName.put(urn, new Registration(args.type, args.name, args.inputs, urn, request.getParent(),
                        Set.copyOf(request.getDependenciesList()), request.getVersion(), List.copyOf(request.getAdditionalSecretOutputsList())));
            }
            return List.copyOf(byName.values());
        }

        /** Sorted by resource name: registrations arrive in whatever order their inputs resolve. */
        List<Registration> ofType(String type) {
            return registrations().stream().filter(r -> r.type().equals(type))
                    .sorted(java.util.Comparator.comparing(Registration::name)).toList();
        }

        Registration one(String type) {
            List<Registration> found = ofType(type);
            if (found.size() != 1) {
                throw new AssertionError("expected one " + type + ", found " + found.size() + ": " + found.stream().map(Registration::name).toList());
            }
            return found.get(0);
        }

        Map<String, Long> countsByType() {
            return registrations().stream().collect(Collectors.groupingBy(Registration::type, java.util.TreeMap::new, Collectors.counting()));
        }

        <T> OutputData<T> output(String name, Class<T> type) {
            Output<T> output = result.output(name, type);
            return PulumiTestInternal.extractOutputData(output);
        }

        boolean hasOutput(String name) {
            return result.outputs().containsKey(name);
        }
    }

    private ProgramHarness() {}

    static Run run(Map<String, String> config, List<String> discoveredRooms) {
        return run(config, discoveredRooms, false);
    }

    static Run run(Map<String, String> config, List<String> discoveredRooms, boolean preview) {
        return run(config, discoveredRooms, preview, null);
    }

    /** With the engine log captured, e.g. to see the program's warnings. */
    static Run runWithLogger(Map<String, String> config, List<String> discoveredRooms, java.util.logging.Logger logger) {
        return run(config, discoveredRooms, false, logger);
    }

    private static Run run(Map<String, String> config, List<String> discoveredRooms, boolean preview, java.util.logging.Logger logger) {
        var mocks = new ProviderMocks(discoveredRooms);
        var monitor = new RecordingMonitor(mocks);
        var qualified = new HashMap<String, String>();
        config.forEach((k, v) -> qualified.put("roomgate:" + k, v));
        var builder = PulumiTestInternal.builder();
        if (logger != null) {
            builder.standardLogger(logger);
        }
        TestResult result = builder
                .options(TestOptions.builder().projectName("roomgate").stackName("test").preview(preview).build())
                .mocks(mocks)
                .monitorDecorator(ignored -> monitor)
                .config(qualified, config.containsKey("appClientSecret") ? Set.of("roomgate:appClientSecret") : Set.of())
                .build()
                .runTest(ctx -> RoomgateStack.declare(ctx, NOW));
        return new Run(result, mocks, monitor);
    }

    static void cleanup() {
        PulumiTest.cleanup();
    }

    static String json(Object value) {
        return new Gson().toJson(value);
    }

    static List<String> names(List<Registration> registrations) {
        return new ArrayList<>(registrations.stream().map(Registration::name).toList());
    }
}
