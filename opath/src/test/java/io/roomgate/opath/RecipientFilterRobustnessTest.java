package io.roomgate.opath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Whatever an admin types, the answer is a parsed filter or a syntax error: never a crash. */
class RecipientFilterRobustnessTest {
    private static final List<String> PROPERTIES = List.of("Office", "memberofgroup", "ResourceCapacity",
            "CustomAttribute7", "RecipientTypeDetails");
    private static final List<String> OPERATORS = List.of("-eq", "-NE", "-like", "-notlike", "-gt", "-le");
    private static final List<String> VALUES = List.of("'HQ*'", "'O''Hare'", "\"say \"\"hi\"\"\"", "12", "-1",
            "3.5", "$true", "$null", "''", "'CN=Rooms,DC=x'");
    private static final String NOISE = "'\"()-$ =.*{‘aZ09";

    @Test
    void validFiltersRoundTripAndMangledOnesFailWithAColumnInsideTheFilter() {
        var random = new Random(20261122L);
        int parsed = 0;
        int rejected = 0;
        for (int i = 0; i < 5_000; i++) {
            String text = mangle(filter(random, 3), random);
            try {
                RecipientFilter result = RecipientFilter.parse(text);
                assertEquals(result.toString(), RecipientFilter.parse(result.toString()).toString(), text);
                parsed++;
            } catch (OpathSyntaxException expected) {
                assertTrue(expected.column() >= 1 && expected.column() <= text.length() + 1, expected.getMessage());
                assertTrue(expected.getMessage().startsWith("filter \"" + text + "\": "), expected.getMessage());
                rejected++;
            } catch (RuntimeException crash) {
                fail("filter \"" + text + "\" crashed the parser", crash);
            }
        }
        assertTrue(parsed > 1_000 && rejected > 1_000, "both kinds exercised: " + parsed + " parsed, " + rejected
                + " rejected");
    }

    private static String filter(Random random, int depth) {
        return switch (depth == 0 ? 0 : random.nextInt(4)) {
            case 1 -> "(" + filter(random, depth - 1) + ")";
            case 2 -> "-not(" + filter(random, depth - 1) + ")";
            case 3 -> filter(random, depth - 1) + (random.nextBoolean() ? " -and " : " -or ") + "("
                    + filter(random, depth - 1) + ")";
            default -> pick(PROPERTIES, random) + " " + pick(OPERATORS, random) + " " + pick(VALUES, random);
        };
    }

    /** Half the time, one to three random edits: a character dropped, inserted or replaced. */
    private static String mangle(String filter, Random random) {
        var text = new StringBuilder(filter);
        for (int edits = random.nextBoolean() ? 0 : 1 + random.nextInt(3); edits > 0 && text.length() > 0; edits--) {
            int at = random.nextInt(text.length());
            char noise = NOISE.charAt(random.nextInt(NOISE.length()));
            switch (random.nextInt(3)) {
                case 0 -> text.deleteCharAt(at);
                case 1 -> text.insert(at, noise);
                default -> text.setCharAt(at, noise);
            }
        }
        return text.toString();
    }

    private static String pick(List<String> options, Random random) {
        return options.get(random.nextInt(options.size()));
    }
}
