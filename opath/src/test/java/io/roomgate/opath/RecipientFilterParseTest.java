package io.roomgate.opath;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecipientFilterParseTest {

    @ParameterizedTest(name = "{0}  ->  {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            RecipientTypeDetails -eq 'RoomMailbox'                | RecipientTypeDetails -eq 'RoomMailbox'
            recipienttypedetails -EQ "RoomMailbox"                | RecipientTypeDetails -eq 'RoomMailbox'
            Office -eq "Building ""A"" 1"                         | Office -eq 'Building "A" 1'
            Office -eq 'O''Hare'                                  | Office -eq 'O''Hare'
            Office -eq "O'Hare"                                   | Office -eq 'O''Hare'
            CUSTOMATTRIBUTE15 -ne ''                              | CustomAttribute15 -ne ''
            (Office -like 'HQ*')                                  | Office -like 'HQ*'
            ((Office -notlike '*Annex'))                          | Office -notlike '*Annex'
            ResourceCapacity -ge 10                               | ResourceCapacity -ge 10
            ResourceCapacity -lt -1                               | ResourceCapacity -lt -1
            ResourceCapacity -eq 12.50                            | ResourceCapacity -eq 12.50
            HiddenFromAddressListsEnabled -eq $FALSE              | HiddenFromAddressListsEnabled -eq $false
            CustomAttribute1 -ne $null                            | CustomAttribute1 -ne $null
            Office-eq'HQ'                                         | Office -eq 'HQ'
            `RecipientTypeDetails -eq 'RoomMailbox' -and Office -eq 'HQ' -and City -eq 'Oslo'` | `RecipientTypeDetails -eq 'RoomMailbox' -and Office -eq 'HQ' -and City -eq 'Oslo'`
            `Office -eq 'HQ' -and (City -eq 'Oslo' -and Department -eq 'IT')` | `Office -eq 'HQ' -and City -eq 'Oslo' -and Department -eq 'IT'`
            `(Office -eq 'HQ' -or Office -eq 'Annex') -and RecipientTypeDetails -eq 'RoomMailbox'` | `(Office -eq 'HQ' -or Office -eq 'Annex') -and RecipientTypeDetails -eq 'RoomMailbox'`
            `-not(RecipientTypeDetails -eq 'UserMailbox')`        | `-not(RecipientTypeDetails -eq 'UserMailbox')`
            `-NOT ( City -eq 'Oslo' -or City -eq 'Bergen' )`      | `-not(City -eq 'Oslo' -or City -eq 'Bergen')`
            `MemberOfGroup -eq 'CN=Rooms,OU=contoso.onmicrosoft.com,OU=Microsoft Exchange Hosted Organizations,DC=EURPR01A001,DC=prod,DC=outlook,DC=com'` | `MemberOfGroup -eq 'CN=Rooms,OU=contoso.onmicrosoft.com,OU=Microsoft Exchange Hosted Organizations,DC=EURPR01A001,DC=prod,DC=outlook,DC=com'`
            """)
    void acceptsWhatExchangeAcceptsAndPrintsItCanonically(String filter, String canonical) {
        RecipientFilter parsed = RecipientFilter.parse(filter);
        assertAll(
                () -> assertEquals(canonical, parsed.toString()),
                () -> assertEquals(canonical, RecipientFilter.parse(parsed.toString()).toString(),
                        "the canonical text parses back to itself"),
                () -> assertEquals(parsed, RecipientFilter.parse(canonical)));
    }

    @ParameterizedTest(name = "[{index}] column {1}: {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            RecipientTypeDetails -eq RoomMailbox'    | 37 | unterminated string starting at column 37; quote values like 'RoomMailbox'
            RecipientTypeDetails -eq RoomMailbox     | 26 | expected a value at column 26 but found RoomMailbox; quote values like 'RoomMailbox'
            `RecipientTypeDetails -eq 'RoomMailbox`  | 26 | unterminated string starting at column 26; end the value with a matching ' (write '' for a ' inside it)
            `Office -eq "HQ`                         | 12 | unterminated string starting at column 12; end the value with a matching " (write "" for a " inside it)
            ``                                       |  1 | is empty; write a condition such as RecipientTypeDetails -eq 'RoomMailbox'
            `   `                                    |  1 | is empty; write a condition such as RecipientTypeDetails -eq 'RoomMailbox'
            Offce -eq 'HQ'                           |  1 | unknown property Offce at column 1; did you mean Office?
            customattribute16 -eq 'x'                |  1 | unknown property customattribute16 at column 1; did you mean CustomAttribute1?
            Building -eq 'HQ'                        |  1 | unknown property Building at column 1; Exchange accepts properties such as RecipientTypeDetails, MemberOfGroup, Office, CustomAttribute1 to CustomAttribute15, PrimarySmtpAddress, Alias, DisplayName, Department
            Office -equals 'HQ'                      |  8 | expected a comparison operator (-eq, -ne, -like, -notlike, -gt, -ge, -lt, -le) after Office at column 8 but found unknown operator -equals
            Office 'HQ'                              |  8 | expected a comparison operator (-eq, -ne, -like, -notlike, -gt, -ge, -lt, -le) after Office at column 8 but found 'HQ'
            Office -and 'HQ'                         |  8 | expected a comparison operator (-eq, -ne, -like, -notlike, -gt, -ge, -lt, -le) after Office at column 8 but found -and
            Office -eq                               | 11 | ends after -eq at column 8; expected a value for Office such as 'RoomMailbox'
            Office -eq 'HQ' -and                     | 21 | ends after -and at column 17; expected a condition such as Office -eq 'HQ'
            Office -eq 'HQ' -and City -eq 'Oslo' -or City -eq 'Bergen' | 38 | -or at column 38 follows -and at column 17 without parentheses; add parentheses to say which comes first, e.g. (A -and B) -or C
            Office -eq 'HQ' -or City -eq 'Oslo' -and City -eq 'Bergen' | 37 | -and at column 37 follows -or at column 17 without parentheses; add parentheses to say which comes first, e.g. (A -and B) -or C
            (Office -eq 'HQ'                         | 17 | missing ) for the ( at column 1; found the end of the filter at column 17 instead
            Office -eq 'HQ')                         | 16 | unexpected ) at column 16 closes no (; remove it
            Office -eq 'HQ' City -eq 'Oslo'          | 17 | expected -and, -or or the end of the filter at column 17 but found City
            -not Office -eq 'HQ'                     |  1 | -not at column 1 must be followed by a condition in parentheses, e.g. -not(Office -eq 'HQ')
            Office = 'HQ'                            |  8 | unexpected character = at column 8; operators are written with a dash: -eq, -ne, -lt, -gt, -le, -ge
            Office -eq ‘HQ’                          | 12 | unexpected character ‘ at column 12; that is a typographic quote (often pasted from a document); use a straight ' instead
            {RecipientTypeDetails -eq 'RoomMailbox'} |  1 | unexpected character { at column 1; remove the braces { } around the filter; write only what is inside them
            Office -eq 'HQ' && City -eq 'Oslo'       | 17 | unexpected character & at column 17; combine conditions with -and and -or
            Office -eq $yes                          | 12 | unknown value $yes at column 12; use $true, $false or $null, or quote text like '$yes'
            Office -eq True                          | 12 | expected a value at column 12 but found True; quote values like 'True', or write $true
            MemberOfGroup -like 'CN=Rooms*'          |  1 | MemberOfGroup at column 1 takes a group's distinguished name with -eq or -ne; -like does not work with it
            MemberOfGroup -eq CN=Rooms,OU=x          | 19 | expected a value at column 19 but found CN=Rooms,OU=x; quote values like 'CN=Rooms,OU=x'
            Office -like $null                       |  8 | -like at column 8 needs a text pattern such as 'Building*', not $null; use -eq or -ne to compare with $null
            ResourceCapacity -gt $true               | 18 | -gt at column 18 orders values, and $true has no order; use -eq or -ne
            -eq 'HQ'                                 |  1 | expected a condition such as Office -eq 'HQ' at column 1 but found -eq
            'HQ' -eq Office                          |  1 | expected a condition such as Office -eq 'HQ' at column 1 but found 'HQ'
            ()                                       |  2 | expected a condition such as Office -eq 'HQ' at column 2 but found )
            Office -eq 2ndFloor                      | 12 | expected a value at column 12 but found 2ndFloor; quote values like '2ndFloor'
            Office -eq 1.2.3                         | 12 | expected a value at column 12 but found 1.2.3; quote values like '1.2.3'
            Office -eq -2ndFloor                     | 12 | expected a value at column 12 but found -2ndFloor; quote values like '-2ndFloor'
            (Office -eq Room-1)                      | 13 | expected a value at column 13 but found Room-1; quote values like 'Room-1'
            """)
    void rejectsWhatDoesNotParseWithAMessageThatSaysWhereAndWhatToWrite(String filter, int column, String problem) {
        OpathSyntaxException error = assertThrows(OpathSyntaxException.class, () -> RecipientFilter.parse(filter));
        assertAll(
                () -> assertEquals("filter \"" + filter + "\": " + problem, error.getMessage()),
                () -> assertEquals(problem, error.problem()),
                () -> assertEquals(column, error.column()),
                () -> assertEquals(filter, error.filter()));
    }

    @Test
    void anUnparsableFilterIsAnIllegalArgument() {
        assertThrows(IllegalArgumentException.class, () -> RecipientFilter.parse("Office -eq"));
    }

    @Test
    void reportsThePropertiesAndGroupsAFilterReads() {
        RecipientFilter filter = RecipientFilter.parse("(memberofgroup -eq 'CN=Rooms,DC=x' -or MemberOfGroup -eq 'cn=rooms,dc=x'"
                + " -or MEMBEROFGROUP -eq 'CN=Lobby,DC=x') -and -not(office -eq 'Annex')");
        assertAll(
                () -> assertEquals(Set.of("MemberOfGroup", "Office"), filter.properties()),
                () -> assertEquals(2, filter.memberOfGroupNames().size(), "DNs compare ignoring case"),
                () -> assertEquals(true, filter.memberOfGroupNames().contains("CN=Lobby,DC=x")));
    }

    @Test
    void filtersThatDifferOnlyInLetterCaseAreEquivalentButNotEqual() {
        RecipientFilter mine = RecipientFilter.parse("RecipientTypeDetails -eq 'RoomMailbox'");
        RecipientFilter echoed = RecipientFilter.parse("(recipienttypedetails -EQ 'roommailbox')");
        RecipientFilter other = RecipientFilter.parse("RecipientTypeDetails -eq 'EquipmentMailbox'");
        assertAll(
                () -> assertEquals(true, mine.equivalentTo(echoed)),
                () -> assertEquals(false, mine.equals(echoed)),
                () -> assertEquals(false, mine.equivalentTo(other)));
    }

    @Test
    void knowsThePropertiesRoomScopesUseInAnyLetterCase() {
        assertAll(
                () -> assertEquals("RecipientTypeDetails",
                        RecipientFilterProperties.canonical("recipientTYPEdetails").orElseThrow()),
                () -> assertEquals("CustomAttribute15", RecipientFilterProperties.canonical("customattribute15").orElseThrow()),
                () -> assertEquals(true, RecipientFilterProperties.isKnown("MemberOfGroup")),
                () -> assertEquals(false, RecipientFilterProperties.isKnown("CustomAttribute16")),
                () -> assertEquals(false, RecipientFilterProperties.isKnown("Building")));
    }
}
