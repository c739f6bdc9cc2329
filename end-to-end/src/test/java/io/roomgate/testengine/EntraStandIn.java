package io.roomgate.testengine;

import java.util.Map;

/**
 * Stands in for the azuread provider plugin (Pulumi's, bridged from Terraform), which cannot run here: the same
 * resource tokens and property names, applied to a tenant through its Graph side.
 */
public interface EntraStandIn {

    /** The id and output properties of a created resource; in a preview, outputs it cannot know are left out. */
    record Created(String id, Map<String, Object> outputs) {}

    Created create(String type, String name, Map<String, Object> inputs, boolean preview);

    /** Outputs after changing {@code id} in place to {@code inputs}; replace-only properties never reach here. */
    Map<String, Object> update(String type, String id, Map<String, Object> oldOutputs, Map<String, Object> inputs,
                               boolean preview);

    /** True when the change of these inputs must replace the resource (the azuread schema's forceNew). */
    boolean requiresReplacement(String type, Map<String, Object> oldInputs, Map<String, Object> newInputs);

    void delete(String type, String id, Map<String, Object> outputs);

    /** Result of an {@code azuread:*} function. */
    Map<String, Object> invoke(String token, Map<String, Object> args);
}
