package io.roomgate.exchange;

import java.util.Objects;

/**
 * Input of New-Mailbox for a user (a service account): {@code address} is both its sign-in name
 * (MicrosoftOnlineServicesID) and its primary address. The password is sent encrypted and never printed.
 */
public record NewUserMailbox(String name, String alias, String displayName, String address, String password) {
    public NewUserMailbox {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(password, "password");
    }

    @Override
    public String toString() {
        return "NewUserMailbox[name=" + name + ", alias=" + alias + ", displayName=" + displayName + ", address="
                + address + ", password=[secret]]";
    }
}
