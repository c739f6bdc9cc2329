package io.roomgate.exchange;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One cmdlet call: its name, its parameters as Exchange's JSON wants them (switches and booleans as booleans,
 * multi-valued parameters as lists), and the mailbox it is bound to for routing ({@code X-AnchorMailbox}), or null
 * for organisation-level cmdlets.
 */
public record Cmdlet(String name, Map<String, Object> parameters, String anchorMailbox) {

    public Cmdlet {
        Objects.requireNonNull(name, "name");
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    public static Builder named(String name) {
        return new Builder(name);
    }

    /** Reads ({@code Get-*}, {@code Test-*}): they change nothing in the tenant. */
    public boolean isRead() {
        return name.startsWith("Get-") || name.startsWith("Test-");
    }

    /** Reads, and writes that land in the same state when replayed ({@code Set-*}, {@code Update-*}). */
    public boolean isSafeToReplay() {
        return isRead() || name.startsWith("Set-") || name.startsWith("Update-");
    }

    /** The value of {@code Identity}, for messages; null when the cmdlet has none. */
    public String identity() {
        Object identity = parameters.get("Identity");
        return identity == null ? null : identity.toString();
    }

    /** The call in the admin's words: {@code New-ManagementScope on 'rooms'} (by Identity, else Name). */
    public String describe() {
        Object named = parameters.containsKey("Identity") ? parameters.get("Identity") : parameters.get("Name");
        return name + (named == null ? "" : " on '" + named + "'");
    }

    public static final class Builder {
        private final String name;
        private final Map<String, Object> parameters = new LinkedHashMap<>();
        private String anchorMailbox;

        private Builder(String name) {
            this.name = name;
        }

        /** Adds a parameter; null values are left out, so "not declared" never reaches Exchange. */
        public Builder with(String parameter, Object value) {
            if (value instanceof Collection<?> values) {
                parameters.put(parameter, List.copyOf(values));
            } else if (value != null) {
                parameters.put(parameter, value);
            }
            return this;
        }

        /** A switch parameter ({@code -Room}, {@code -IgnoreNamingPolicy}) is sent as JSON {@code true}. */
        public Builder withSwitch(String parameter) {
            parameters.put(parameter, Boolean.TRUE);
            return this;
        }

        /** Removals would prompt in PowerShell; {@code Confirm:false} answers the prompt up front. */
        public Builder withoutConfirmation() {
            parameters.put("Confirm", Boolean.FALSE);
            return this;
        }

        /** Routes the call to the mailbox's server ({@code X-AnchorMailbox: SMTP:<address>}). */
        public Builder boundTo(String mailboxAddress) {
            anchorMailbox = mailboxAddress;
            return this;
        }

        public Cmdlet build() {
            return new Cmdlet(name, parameters, anchorMailbox);
        }
    }
}
