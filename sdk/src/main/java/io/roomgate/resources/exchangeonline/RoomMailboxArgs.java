package io.roomgate.resources.exchangeonline;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;

/** Inputs of `exchangeonline:index:RoomMailbox`. */
public final class RoomMailboxArgs extends ResourceArgs {
    public static final RoomMailboxArgs Empty = new RoomMailboxArgs();

    @Import(name = "alias", required = false)
    private @Nullable Output<String> alias;

    @Import(name = "audioDeviceName", required = false)
    private @Nullable Output<String> audioDeviceName;

    @Import(name = "blockSignIn", required = false)
    private @Nullable Output<Boolean> blockSignIn;

    @Import(name = "building", required = false)
    private @Nullable Output<String> building;

    @Import(name = "capacity", required = false)
    private @Nullable Output<Integer> capacity;

    @Import(name = "city", required = false)
    private @Nullable Output<String> city;

    @Import(name = "countryOrRegion", required = false)
    private @Nullable Output<String> countryOrRegion;

    @Import(name = "deleteMailboxOnDestroy", required = false)
    private @Nullable Output<Boolean> deleteMailboxOnDestroy;

    @Import(name = "displayDeviceName", required = false)
    private @Nullable Output<String> displayDeviceName;

    @Import(name = "displayName", required = false)
    private @Nullable Output<String> displayName;

    @Import(name = "floor", required = false)
    private @Nullable Output<Integer> floor;

    @Import(name = "floorLabel", required = false)
    private @Nullable Output<String> floorLabel;

    @Import(name = "isWheelChairAccessible", required = false)
    private @Nullable Output<Boolean> isWheelChairAccessible;

    @Import(name = "label", required = false)
    private @Nullable Output<String> label;

    @Import(name = "name", required = true)
    private Output<String> name;

    @Import(name = "phone", required = false)
    private @Nullable Output<String> phone;

    @Import(name = "postalCode", required = false)
    private @Nullable Output<String> postalCode;

    @Import(name = "primarySmtpAddress", required = true)
    private Output<String> primarySmtpAddress;

    @Import(name = "state", required = false)
    private @Nullable Output<String> state;

    @Import(name = "street", required = false)
    private @Nullable Output<String> street;

    @Import(name = "tags", required = false)
    private @Nullable Output<List<String>> tags;

    @Import(name = "videoDeviceName", required = false)
    private @Nullable Output<String> videoDeviceName;

    public Optional<Output<String>> alias() { return Optional.ofNullable(this.alias); }
    public Optional<Output<String>> audioDeviceName() { return Optional.ofNullable(this.audioDeviceName); }
    public Optional<Output<Boolean>> blockSignIn() { return Optional.ofNullable(this.blockSignIn); }
    public Optional<Output<String>> building() { return Optional.ofNullable(this.building); }
    public Optional<Output<Integer>> capacity() { return Optional.ofNullable(this.capacity); }
    public Optional<Output<String>> city() { return Optional.ofNullable(this.city); }
    public Optional<Output<String>> countryOrRegion() { return Optional.ofNullable(this.countryOrRegion); }
    public Optional<Output<Boolean>> deleteMailboxOnDestroy() { return Optional.ofNullable(this.deleteMailboxOnDestroy); }
    public Optional<Output<String>> displayDeviceName() { return Optional.ofNullable(this.displayDeviceName); }
    public Optional<Output<String>> displayName() { return Optional.ofNullable(this.displayName); }
    public Optional<Output<Integer>> floor() { return Optional.ofNullable(this.floor); }
    public Optional<Output<String>> floorLabel() { return Optional.ofNullable(this.floorLabel); }
    public Optional<Output<Boolean>> isWheelChairAccessible() { return Optional.ofNullable(this.isWheelChairAccessible); }
    public Optional<Output<String>> label() { return Optional.ofNullable(this.label); }
    public Output<String> name() { return this.name; }
    public Optional<Output<String>> phone() { return Optional.ofNullable(this.phone); }
    public Optional<Output<String>> postalCode() { return Optional.ofNullable(this.postalCode); }
    public Output<String> primarySmtpAddress() { return this.primarySmtpAddress; }
    public Optional<Output<String>> state() { return Optional.ofNullable(this.state); }
    public Optional<Output<String>> street() { return Optional.ofNullable(this.street); }
    public Optional<Output<List<String>>> tags() { return Optional.ofNullable(this.tags); }
    public Optional<Output<String>> videoDeviceName() { return Optional.ofNullable(this.videoDeviceName); }

    public static Builder builder() { return new Builder(); }

    public static final class Builder {
        private final RoomMailboxArgs $ = new RoomMailboxArgs();

        public Builder alias(Output<String> alias) { $.alias = alias; return this; }
        public Builder alias(String alias) { return alias(Output.of(alias)); }
        public Builder audioDeviceName(Output<String> audioDeviceName) { $.audioDeviceName = audioDeviceName; return this; }
        public Builder audioDeviceName(String audioDeviceName) { return audioDeviceName(Output.of(audioDeviceName)); }
        public Builder blockSignIn(Output<Boolean> blockSignIn) { $.blockSignIn = blockSignIn; return this; }
        public Builder blockSignIn(Boolean blockSignIn) { return blockSignIn(Output.of(blockSignIn)); }
        public Builder building(Output<String> building) { $.building = building; return this; }
        public Builder building(String building) { return building(Output.of(building)); }
        public Builder capacity(Output<Integer> capacity) { $.capacity = capacity; return this; }
        public Builder capacity(Integer capacity) { return capacity(Output.of(capacity)); }
        public Builder city(Output<String> city) { $.city = city; return this; }
        public Builder city(String city) { return city(Output.of(city)); }
        public Builder countryOrRegion(Output<String> countryOrRegion) { $.countryOrRegion = countryOrRegion; return this; }
        public Builder countryOrRegion(String countryOrRegion) { return countryOrRegion(Output.of(countryOrRegion)); }
        public Builder deleteMailboxOnDestroy(Output<Boolean> deleteMailboxOnDestroy) { $.deleteMailboxOnDestroy = deleteMailboxOnDestroy; return this; }
        public Builder deleteMailboxOnDestroy(Boolean deleteMailboxOnDestroy) { return deleteMailboxOnDestroy(Output.of(deleteMailboxOnDestroy)); }
        public Builder displayDeviceName(Output<String> displayDeviceName) { $.displayDeviceName = displayDeviceName; return this; }
        public Builder displayDeviceName(String displayDeviceName) { return displayDeviceName(Output.of(displayDeviceName)); }
        public Builder displayName(Output<String> displayName) { $.displayName = displayName; return this; }
        public Builder displayName(String displayName) { return displayName(Output.of(displayName)); }
        public Builder floor(Output<Integer> floor) { $.floor = floor; return this; }
        public Builder floor(Integer floor) { return floor(Output.of(floor)); }
        public Builder floorLabel(Output<String> floorLabel) { $.floorLabel = floorLabel; return this; }
        public Builder floorLabel(String floorLabel) { return floorLabel(Output.of(floorLabel)); }
        public Builder isWheelChairAccessible(Output<Boolean> isWheelChairAccessible) { $.isWheelChairAccessible = isWheelChairAccessible; return this; }
        public Builder isWheelChairAccessible(Boolean isWheelChairAccessible) { return isWheelChairAccessible(Output.of(isWheelChairAccessible)); }
        public Builder label(Output<String> label) { $.label = label; return this; }
        public Builder label(String label) { return label(Output.of(label)); }
        public Builder name(Output<String> name) { $.name = name; return this; }
        public Builder name(String name) { return name(Output.of(name)); }
        public Builder phone(Output<String> phone) { $.phone = phone; return this; }
        public Builder phone(String phone) { return phone(Output.of(phone)); }
        public Builder postalCode(Output<String> postalCode) { $.postalCode = postalCode; return this; }
        public Builder postalCode(String postalCode) { return postalCode(Output.of(postalCode)); }
        public Builder primarySmtpAddress(Output<String> primarySmtpAddress) { $.primarySmtpAddress = primarySmtpAddress; return this; }
        public Builder primarySmtpAddress(String primarySmtpAddress) { return primarySmtpAddress(Output.of(primarySmtpAddress)); }
        public Builder state(Output<String> state) { $.state = state; return this; }
        public Builder state(String state) { return state(Output.of(state)); }
        public Builder street(Output<String> street) { $.street = street; return this; }
        public Builder street(String street) { return street(Output.of(street)); }
        public Builder tags(Output<List<String>> tags) { $.tags = tags; return this; }
        public Builder tags(List<String> tags) { return tags(Output.of(tags)); }
        public Builder tags(String... tags) { return tags(List.of(tags)); }
        public Builder videoDeviceName(Output<String> videoDeviceName) { $.videoDeviceName = videoDeviceName; return this; }
        public Builder videoDeviceName(String videoDeviceName) { return videoDeviceName(Output.of(videoDeviceName)); }

        public RoomMailboxArgs build() {
            if ($.name == null) throw new IllegalArgumentException("RoomMailboxArgs: name is required");
            if ($.primarySmtpAddress == null) throw new IllegalArgumentException("RoomMailboxArgs: primarySmtpAddress is required");
            return $;
        }
    }
}
