package io.roomgate.localtenant.exchange;

import io.roomgate.localtenant.tenant.Recipient;
import io.roomgate.localtenant.tenant.Tenant;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Function;

/** Get-* cmdlets' ResultSize: 1000 by default, with Exchange's warning when more were left out. */
final class Listing {
    static final int DEFAULT_RESULT_SIZE = 1000;
    static final String DEFAULT_RESULT_SIZE_WARNING = "By default, only the first 1000 items are returned. Use the "
            + "ResultSize parameter to specify the number of items returned. To return all items, specify "
            + "\"-ResultSize Unlimited\". Be aware that, depending on the actual number of items, returning all "
            + "items can take a long time and consume a large amount of memory. Also, we don't recommend storing "
            + "the results in a variable. Instead, pipe the results to another task or script to perform batch "
            + "changes.";

    private Listing() {
    }

    static <T> Cmdlet.Result limited(Arguments args, List<T> items, Function<T, Map<String, Object>> view) {
        Integer requested = args.integer("ResultSize");
        int limit = requested == null ? DEFAULT_RESULT_SIZE : requested;
        List<Map<String, Object>> objects = new ArrayList<>(Math.min(items.size(), limit));
        for (int i = 0; i < items.size() && i < limit; i++) {
            objects.add(view.apply(items.get(i)));
        }
        List<String> warnings = requested == null && items.size() > limit
                ? List.of(DEFAULT_RESULT_SIZE_WARNING) : List.of();
        return new Cmdlet.Result(objects, warnings);
    }

    /** The recipients a Get-* listing asks for: by kind, RecipientTypeDetails, Filter and Anr. */
    static Predicate<Recipient> recipientQuery(CmdletCall call, Predicate<Recipient> kind)
            throws CmdletException {
        Arguments args = call.args();
        Predicate<Recipient> matches = kind;
        List<String> types = args.strings("RecipientTypeDetails");
        if (!types.isEmpty()) {
            matches = matches.and(r -> types.contains(r.kind.name()));
        }
        if (args.has("Filter")) {
            matches = matches.and(Filters.matcher(call.tenant(), "Filter", args.string("Filter")));
        }
        if (args.has("Anr")) {
            String anr = args.string("Anr").toLowerCase(Locale.ROOT);
            matches = matches.and(r -> startsWith(r.name, anr) || startsWith(r.alias, anr)
                    || startsWith(r.displayName, anr) || startsWith(r.primarySmtpAddress, anr));
        }
        return matches;
    }

    private static boolean startsWith(String value, String prefix) {
        return value != null && value.toLowerCase(Locale.ROOT).startsWith(prefix);
    }

    /** Recipients that match and are visible now (not still replicating), in creation order. */
    static List<Recipient> visible(Tenant tenant, Predicate<Recipient> matches) {
        List<Recipient> found = new ArrayList<>();
        Instant now = tenant.now();
        for (Recipient recipient : tenant.recipients()) {
            if (recipient.isVisibleAt(now) && matches.test(recipient)) {
                found.add(recipient);
            }
        }
        return found;
    }

    static String noChangeWarning(String identity) {
        return "The command completed successfully but no settings of '" + identity + "' have been modified.";
    }
}
