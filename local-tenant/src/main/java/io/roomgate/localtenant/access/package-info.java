/**
 * How Exchange Online decides whether an application may reach a mailbox, as pure functions over immutable facts:
 * application access policies ({@code Test-ApplicationAccessPolicy}), RBAC for Applications
 * ({@code Test-ServicePrincipalAuthorization}), and the effective answer a Microsoft Graph call gets, which is the
 * union of the Entra application grant (constrained by access policies) and the scoped role assignments.
 * Every fact carries when it was in force, so a caller can ask "as of" Exchange's propagation delays: the Graph side
 * answers "not yet" for a while, the Test-* cmdlets answer at once. Knows nothing of the rest of the simulator.
 */
package io.roomgate.localtenant.access;
