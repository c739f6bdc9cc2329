package io.roomgate.provider.handlers;

import io.roomgate.provider.framework.ProviderException;

/** Ids of permissions: {@code <mailbox or folder>|<user>}, what {@code pulumi import} takes. */
record CompositeId(String target, String user) {
    static CompositeId parse(String id) {
        int bar = id.lastIndexOf('|');
        if (bar <= 0 || bar == id.length() - 1) {
            throw ProviderException.invalidInput("'" + id + "' is not a permission id; write <mailbox>|<user>, "
                    + "e.g. room1@contoso.com|svc@contoso.com (folders: room1@contoso.com:\\Calendar|svc@contoso.com)");
        }
        return new CompositeId(id.substring(0, bar), id.substring(bar + 1));
    }

    @Override
    public String toString() {
        return target + "|" + user;
    }
}
