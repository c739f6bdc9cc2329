package io.roomgate.opath;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecipientFilterMatchTest {
    private static final String ROOMS_DN = "CN=Rooms,OU=contoso.onmicrosoft.com,OU=Microsoft Exchange Hosted Organizations,DC=EURPR01A001,DC=prod,DC=outlook,DC=com";
    private static final String ALL_STAFF_DN = "CN=AllStaff,OU=contoso.onmicrosoft.com,OU=Microsoft Exchange Hosted Organizations,DC=EURPR01A001,DC=prod,DC=outlook,DC=com";

    /** A room in the Rooms group, with the kinds of values Exchange hands out. */
    private static final RecipientView ROOM = RecipientView.of(properties(
            "RecipientTypeDetails", "RoomMailbox",
            "DisplayName", "Board Room (HQ)",
            "PrimarySmtpAddress", "board.room@contoso.com",
            "Office", "HQ Building 1",
            "City", "Oslo",
            "CustomAttribute1", "012332",
            "CustomAttribute2", "",
            "ResourceCapacity", 12,
            "HiddenFromAddressListsEnabled", false,
            "EmailAddresses", List.of("SMTP:board.room@contoso.com", "smtp:boardroom@contoso.onmicrosoft.com"),
            "MemberOfGroup", List.of(ROOMS_DN)));

    @ParameterizedTest(name = "{0}  ->  {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            RecipientTypeDetails -eq 'RoomMailbox'                  | true
            RecipientTypeDetails -eq 'roommailbox'                  | true
            recipienttypedetails -eq 'RoomMailbox'                  | true
            RecipientTypeDetails -eq 'UserMailbox'                  | false
            RecipientTypeDetails -ne 'UserMailbox'                  | true
            RecipientTypeDetails -ne 'RoomMailbox'                  | false
            Office -like 'HQ*'                                      | true
            Office -like 'hq*'                                      | true
            Office -like '*Building*'                               | true
            Office -like '*1'                                       | true
            Office -like 'HQ'                                       | false
            Office -like 'HQ?Building 1'                            | false
            Office -notlike 'Annex*'                                | true
            Office -notlike 'HQ*'                                   | false
            DisplayName -like 'Board Room (HQ)'                     | true
            DisplayName -like '*.*'                                 | false
            CustomAttribute1 -eq '012332'                           | true
            CustomAttribute1 -eq 012332                             | true
            CustomAttribute1 -eq 12332                              | false
            CustomAttribute1 -gt 9                                  | false
            CustomAttribute1 -ne $null                              | true
            CustomAttribute2 -eq $null                              | true
            CustomAttribute3 -eq $null                              | true
            CustomAttribute3 -ne $null                              | false
            CustomAttribute3 -eq ''                                 | false
            CustomAttribute3 -ne 'x'                                | true
            CustomAttribute3 -like '*'                              | false
            ResourceCapacity -eq 12                                 | true
            ResourceCapacity -eq '12'                               | true
            ResourceCapacity -eq 12.0                               | true
            ResourceCapacity -ge 12                                 | true
            ResourceCapacity -gt 12                                 | false
            ResourceCapacity -gt 9                                  | true
            ResourceCapacity -lt 100                                | true
            ResourceCapacity -le 11                                 | false
            City -lt 'Paris'                                        | true
            City -gt 'oslo'                                         | false
            City -ge 'OSLO'                                         | true
            HiddenFromAddressListsEnabled -eq $false                | true
            HiddenFromAddressListsEnabled -eq $true                 | false
            HiddenFromAddressListsEnabled -ne $true                 | true
            HiddenFromAddressListsEnabled -eq 'False'               | true
            EmailAddresses -eq 'smtp:boardroom@contoso.onmicrosoft.com' | true
            EmailAddresses -like '*@contoso.onmicrosoft.com'        | true
            EmailAddresses -notlike '*@fabrikam.com'                | true
            EmailAddresses -ne 'SMTP:board.room@contoso.com'        | false
            `MemberOfGroup -eq 'CN=Rooms,OU=contoso.onmicrosoft.com,OU=Microsoft Exchange Hosted Organizations,DC=EURPR01A001,DC=prod,DC=outlook,DC=com'` | true
            `MemberOfGroup -eq 'cn=rooms,ou=contoso.onmicrosoft.com,ou=microsoft exchange hosted organizations,dc=eurpr01a001,dc=prod,dc=outlook,dc=com'` | true
            `MemberOfGroup -eq 'CN=AllStaff,OU=contoso.onmicrosoft.com,OU=Microsoft Exchange Hosted Organizations,DC=EURPR01A001,DC=prod,DC=outlook,DC=com'` | false
            `MemberOfGroup -ne 'CN=AllStaff,OU=contoso.onmicrosoft.com,OU=Microsoft Exchange Hosted Organizations,DC=EURPR01A001,DC=prod,DC=outlook,DC=com'` | true
            RecipientTypeDetails -eq 'RoomMailbox' -and City -eq 'Oslo'            | true
            RecipientTypeDetails -eq 'RoomMailbox' -and City -eq 'Bergen'          | false
            City -eq 'Bergen' -or City -eq 'Oslo'                                  | true
            City -eq 'Bergen' -or City -eq 'Trondheim'                             | false
            (City -eq 'Bergen' -or City -eq 'Oslo') -and Office -like 'HQ*'        | true
            City -eq 'Bergen' -or (City -eq 'Oslo' -and Office -like 'Annex*')     | false
            -not(RecipientTypeDetails -eq 'UserMailbox')                           | true
            -not(City -eq 'Oslo' -or City -eq 'Bergen')                            | false
            -not(-not(City -eq 'Oslo'))                                            | true
            """)
    void evaluatesConditionsTheWayExchangeDoes(String filter, boolean matches) {
        assertEquals(matches, RecipientFilter.parse(filter).matches(ROOM));
    }

    @Test
    void memberOfGroupSeesOnlyDirectGroupsSoAMemberOfANestedGroupIsOutOfScope() {
        // The room is in Rooms, and Rooms is itself a member of AllStaff: Exchange scopes ignore that nesting.
        RecipientFilter allStaff = RecipientFilter.parse("MemberOfGroup -eq '" + ALL_STAFF_DN + "'");
        RecipientFilter rooms = RecipientFilter.parse("MemberOfGroup -eq '" + ROOMS_DN + "'");
        assertEquals(List.of(false, true), List.of(allStaff.matches(ROOM), rooms.matches(ROOM)));
    }

    @Test
    void aRecipientInNoGroupMatchesNoGroupScope() {
        RecipientView user = RecipientView.of(Map.of("RecipientTypeDetails", "UserMailbox"));
        RecipientFilter rooms = RecipientFilter.parse("MemberOfGroup -eq '" + ROOMS_DN + "'");
        assertEquals(List.of(false, true),
                List.of(rooms.matches(user), RecipientFilter.parse("MemberOfGroup -eq $null").matches(user)));
    }

    @Test
    void aViewAnswersPropertyNamesInAnyLetterCase() {
        RecipientView view = RecipientView.of(Map.of("office", "HQ"));
        assertEquals(List.of("HQ", "HQ"), List.of(view.property("Office"), view.property("OFFICE")));
    }

    private static Map<String, Object> properties(Object... pairs) {
        var map = new LinkedHashMap<String, Object>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
