package io.roomgate.resources.azuread;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;
import javax.annotation.Nullable;

/** Inputs of `azuread:index/groupMember:GroupMember`. */
public final class GroupMemberArgs extends ResourceArgs {
    public static final GroupMemberArgs Empty = new GroupMemberArgs();

    @Import(name = "groupObjectId", required = true)
    private Output<String> groupObjectId;

    @Import(name = "memberObjectId", required = true)
    private Output<String> memberObjectId;

    public Output<String> groupObjectId() { return this.groupObjectId; }
    public Output<String> memberObjectId() { return this.memberObjectId; }

    public static Builder builder() { return new Builder(); }

    public static final class Builder {
        private final GroupMemberArgs $ = new GroupMemberArgs();

        public Builder groupObjectId(Output<String> groupObjectId) { $.groupObjectId = groupObjectId; return this; }
        public Builder groupObjectId(String groupObjectId) { return groupObjectId(Output.of(groupObjectId)); }
        public Builder memberObjectId(Output<String> memberObjectId) { $.memberObjectId = memberObjectId; return this; }
        public Builder memberObjectId(String memberObjectId) { return memberObjectId(Output.of(memberObjectId)); }

        public GroupMemberArgs build() {
            if ($.groupObjectId == null) throw new IllegalArgumentException("GroupMemberArgs: groupObjectId is required");
            if ($.memberObjectId == null) throw new IllegalArgumentException("GroupMemberArgs: memberObjectId is required");
            return $;
        }
    }
}
