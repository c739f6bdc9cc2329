package io.roomgate.simulator.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    static String noChangeWarning(String identity) {
        return "The command completed successfully but no settings of '" + identity + "' have been modified.";
    }
}
