/**
 * A stand-in for the Pulumi engine, <b>for tests only</b>.
 *
 * <p>There is no Pulumi CLI on our machines, so the end-to-end tests run the real program under the Pulumi Java
 * SDK's test deployment and replace its resource monitor with {@link io.roomgate.testengine.StandInMonitor}, which
 * does what the engine would: every {@code exchangeonline:*} registration goes to the real provider plugin over its
 * gRPC protocol (check, diff, create / update / replace, in the order the program's dependencies resolve), every
 * {@code azuread:*} registration to an {@link io.roomgate.testengine.EntraStandIn}, invokes to the owning plugin, and
 * {@link io.roomgate.testengine.StandInEngine} keeps the stack's state between runs, deletes what the program no
 * longer declares in reverse dependency order, refreshes, and destroys. It is deliberately small: no aliases, no
 * protect, no transforms; what it does not support it refuses loudly.
 */
package io.roomgate.testengine;
