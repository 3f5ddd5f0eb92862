package io.orgkit.core.spi;

import io.orgkit.core.internal.Check;

/**
 * One change of a remote directory, as a delta feed or a callback reports it. {@code version} is the platform's
 * time (epoch milliseconds) or version number of the change, growing with each change of the same entity; 0 when
 * the platform gives none. Core never lets a change overwrite a state of the same entity with a higher version,
 * so changes may arrive twice or out of order.
 */
public sealed interface RemoteChange {

    /** The platform's id of the member or department changed. */
    String externalId();

    /** The platform's time or version of the change; 0 when unknown (then the change always applies). */
    long version();

    /** A member was added or changed; {@code member} is its whole state after the change. */
    record MemberUpserted(RemoteMember member, long version) implements RemoteChange {
        /**
         * Validates the change.
         *
         * @throws io.orgkit.core.ValidationException when the member is missing
         */
        public MemberUpserted {
            Check.notNull(member, "member");
        }

        @Override
        public String externalId() {
            return member.externalId();
        }
    }

    /** A member left the organization on the platform. */
    record MemberRemoved(String externalId, long version) implements RemoteChange {
        /**
         * Validates the change.
         *
         * @throws io.orgkit.core.ValidationException when the external id is missing
         */
        public MemberRemoved {
            Check.notNull(externalId, "externalId");
        }
    }

    /** A department was created or changed; {@code department} is its whole state after the change. */
    record DepartmentUpserted(RemoteDepartment department, long version) implements RemoteChange {
        /**
         * Validates the change.
         *
         * @throws io.orgkit.core.ValidationException when the department is missing
         */
        public DepartmentUpserted {
            Check.notNull(department, "department");
        }

        @Override
        public String externalId() {
            return department.externalId();
        }
    }

    /** A department was deleted on the platform. */
    record DepartmentRemoved(String externalId, long version) implements RemoteChange {
        /**
         * Validates the change.
         *
         * @throws io.orgkit.core.ValidationException when the external id is missing
         */
        public DepartmentRemoved {
            Check.notNull(externalId, "externalId");
        }
    }
}
