package io.roomgate.program.config;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The calendar folder roles Exchange knows ({@code Add-MailboxFolderPermission -AccessRights}). */
public enum FolderRole {
    Author, Contributor, Editor, NonEditingAuthor, Owner, PublishingAuthor, PublishingEditor, Reviewer,
    AvailabilityOnly, LimitedDetails;

    /** Case-insensitive, answering with Exchange's spelling. */
    public static Optional<FolderRole> parse(String value) {
        return Arrays.stream(values()).filter(r -> r.name().equalsIgnoreCase(value)).findFirst();
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(Enum::name).toList();
    }
}
