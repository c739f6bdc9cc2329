package io.roomgate.resources.exchangeonline;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;
import java.util.List;
import javax.annotation.Nullable;

/** `exchangeonline:index:RoomMailbox`: A room mailbox (New-Mailbox -Room) and its Places data; only declared Place fields are managed; destroy keeps the mailbox unless deleteMailboxOnDestroy is true. */
@ResourceType(type = "exchangeonline:index:RoomMailbox")
public class RoomMailbox extends CustomResource {
    public static final String TYPE = "exchangeonline:index:RoomMailbox";

    @Export(name = "accountDisabled", refs = {Boolean.class}, tree = "[0]")
    private Output<Boolean> accountDisabled;

    @Export(name = "alias", refs = {String.class}, tree = "[0]")
    private Output<String> alias;

    @Export(name = "audioDeviceName", refs = {String.class}, tree = "[0]")
    private Output<String> audioDeviceName;

    @Export(name = "blockSignIn", refs = {Boolean.class}, tree = "[0]")
    private Output<Boolean> blockSignIn;

    @Export(name = "building", refs = {String.class}, tree = "[0]")
    private Output<String> building;

    @Export(name = "capacity", refs = {Integer.class}, tree = "[0]")
    private Output<Integer> capacity;

    @Export(name = "city", refs = {String.class}, tree = "[0]")
    private Output<String> city;

    @Export(name = "countryOrRegion", refs = {String.class}, tree = "[0]")
    private Output<String> countryOrRegion;

    @Export(name = "deleteMailboxOnDestroy", refs = {Boolean.class}, tree = "[0]")
    private Output<Boolean> deleteMailboxOnDestroy;

    @Export(name = "displayDeviceName", refs = {String.class}, tree = "[0]")
    private Output<String> displayDeviceName;

    @Export(name = "displayName", refs = {String.class}, tree = "[0]")
    private Output<String> displayName;

    @Export(name = "distinguishedName", refs = {String.class}, tree = "[0]")
    private Output<String> distinguishedName;

    @Export(name = "externalDirectoryObjectId", refs = {String.class}, tree = "[0]")
    private Output<String> externalDirectoryObjectId;

    @Export(name = "floor", refs = {Integer.class}, tree = "[0]")
    private Output<Integer> floor;

    @Export(name = "floorLabel", refs = {String.class}, tree = "[0]")
    private Output<String> floorLabel;

    @Export(name = "guid", refs = {String.class}, tree = "[0]")
    private Output<String> guid;

    @Export(name = "isWheelChairAccessible", refs = {Boolean.class}, tree = "[0]")
    private Output<Boolean> isWheelChairAccessible;

    @Export(name = "label", refs = {String.class}, tree = "[0]")
    private Output<String> label;

    @Export(name = "name", refs = {String.class}, tree = "[0]")
    private Output<String> name;

    @Export(name = "phone", refs = {String.class}, tree = "[0]")
    private Output<String> phone;

    @Export(name = "postalCode", refs = {String.class}, tree = "[0]")
    private Output<String> postalCode;

    @Export(name = "primarySmtpAddress", refs = {String.class}, tree = "[0]")
    private Output<String> primarySmtpAddress;

    @Export(name = "state", refs = {String.class}, tree = "[0]")
    private Output<String> state;

    @Export(name = "street", refs = {String.class}, tree = "[0]")
    private Output<String> street;

    @Export(name = "tags", refs = {List.class, String.class}, tree = "[0,1]")
    private Output<List<String>> tags;

    @Export(name = "videoDeviceName", refs = {String.class}, tree = "[0]")
    private Output<String> videoDeviceName;

    public Output<Boolean> accountDisabled() { return this.accountDisabled; }
    public Output<String> alias() { return this.alias; }
    public Output<String> audioDeviceName() { return this.audioDeviceName; }
    public Output<Boolean> blockSignIn() { return this.blockSignIn; }
    public Output<String> building() { return this.building; }
    public Output<Integer> capacity() { return this.capacity; }
    public Output<String> city() { return this.city; }
    public Output<String> countryOrRegion() { return this.countryOrRegion; }
    public Output<Boolean> deleteMailboxOnDestroy() { return this.deleteMailboxOnDestroy; }
    public Output<String> displayDeviceName() { return this.displayDeviceName; }
    public Output<String> displayName() { return this.displayName; }
    public Output<String> distinguishedName() { return this.distinguishedName; }
    public Output<String> externalDirectoryObjectId() { return this.externalDirectoryObjectId; }
    public Output<Integer> floor() { return this.floor; }
    public Output<String> floorLabel() { return this.floorLabel; }
    public Output<String> guid() { return this.guid; }
    public Output<Boolean> isWheelChairAccessible() { return this.isWheelChairAccessible; }
    public Output<String> label() { return this.label; }
    public Output<String> name() { return this.name; }
    public Output<String> phone() { return this.phone; }
    public Output<String> postalCode() { return this.postalCode; }
    public Output<String> primarySmtpAddress() { return this.primarySmtpAddress; }
    public Output<String> state() { return this.state; }
    public Output<String> street() { return this.street; }
    public Output<List<String>> tags() { return this.tags; }
    public Output<String> videoDeviceName() { return this.videoDeviceName; }

    public RoomMailbox(String name, RoomMailboxArgs args) { this(name, args, null); }

    public RoomMailbox(String name, RoomMailboxArgs args, @Nullable CustomResourceOptions options) {
        super(TYPE, name, args, ExchangeOnline.withDefaults(options));
    }
}
