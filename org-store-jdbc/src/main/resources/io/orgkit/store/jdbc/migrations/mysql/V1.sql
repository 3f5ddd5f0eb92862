-- create the OrgKit tables
CREATE TABLE ${p}organizations (
    id           VARCHAR(64)  NOT NULL PRIMARY KEY,
    name         VARCHAR(255) NOT NULL,
    type         VARCHAR(64)  NOT NULL,
    leader_id    VARCHAR(64),
    allow_join   TINYINT(1)      NOT NULL,
    default_flag CHAR(1),
    settings     MEDIUMTEXT NOT NULL,
    created_ns   BIGINT       NOT NULL,
    CONSTRAINT ${p}organizations_default_uk UNIQUE (default_flag)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE TABLE ${p}departments (
    org_id      VARCHAR(64)   NOT NULL,
    id          VARCHAR(64)   NOT NULL,
    parent_id   VARCHAR(64),
    name        VARCHAR(255)  NOT NULL,
    sort_order  BIGINT        NOT NULL,
    path        VARCHAR(4000) NOT NULL,
    depth       INT           NOT NULL,
    external_id VARCHAR(255),
    managers    MEDIUMTEXT NOT NULL,
    CONSTRAINT ${p}departments_pk PRIMARY KEY (org_id, id),
    CONSTRAINT ${p}departments_external_uk UNIQUE (org_id, external_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ${p}departments_parent_ix ON ${p}departments (org_id, parent_id);
-- a prefix index: InnoDB keys are at most 3072 bytes; "path LIKE 'prefix%'" still uses it
CREATE INDEX ${p}departments_path_ix ON ${p}departments (org_id, path(600));
CREATE TABLE ${p}members (
    org_id             VARCHAR(64)  NOT NULL,
    id                 VARCHAR(64)  NOT NULL,
    name               VARCHAR(255) NOT NULL,
    employee_id        VARCHAR(255),
    phone              VARCHAR(255),
    email              VARCHAR(255),
    position           VARCHAR(255),
    main_department_id VARCHAR(64)  NOT NULL,
    status             VARCHAR(16)  NOT NULL,
    resigned_ns        BIGINT,
    external_id        VARCHAR(255),
    created_ns         BIGINT       NOT NULL,
    CONSTRAINT ${p}members_pk PRIMARY KEY (org_id, id),
    CONSTRAINT ${p}members_employee_id_uk UNIQUE (org_id, employee_id),
    CONSTRAINT ${p}members_phone_uk UNIQUE (org_id, phone),
    CONSTRAINT ${p}members_email_uk UNIQUE (org_id, email),
    CONSTRAINT ${p}members_external_uk UNIQUE (org_id, external_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ${p}members_name_ix ON ${p}members (org_id, name);
CREATE TABLE ${p}member_departments (
    org_id        VARCHAR(64) NOT NULL,
    member_id     VARCHAR(64) NOT NULL,
    department_id VARCHAR(64) NOT NULL,
    position      INT         NOT NULL,
    CONSTRAINT ${p}member_departments_pk PRIMARY KEY (org_id, member_id, department_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ${p}member_departments_dept_ix ON ${p}member_departments (org_id, department_id);
CREATE TABLE ${p}role_groups (
    org_id VARCHAR(64)  NOT NULL,
    id     VARCHAR(64)  NOT NULL,
    name   VARCHAR(255) NOT NULL,
    CONSTRAINT ${p}role_groups_pk PRIMARY KEY (org_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE TABLE ${p}roles (
    org_id   VARCHAR(64)  NOT NULL,
    id       VARCHAR(64)  NOT NULL,
    group_id VARCHAR(64)  NOT NULL,
    name     VARCHAR(255) NOT NULL,
    role_key VARCHAR(64),
    CONSTRAINT ${p}roles_pk PRIMARY KEY (org_id, id),
    CONSTRAINT ${p}roles_key_uk UNIQUE (org_id, role_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE TABLE ${p}role_members (
    org_id    VARCHAR(64) NOT NULL,
    role_id   VARCHAR(64) NOT NULL,
    member_id VARCHAR(64) NOT NULL,
    CONSTRAINT ${p}role_members_pk PRIMARY KEY (org_id, role_id, member_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ${p}role_members_member_ix ON ${p}role_members (org_id, member_id);
CREATE TABLE ${p}credentials (
    org_id      VARCHAR(64)  NOT NULL,
    member_id   VARCHAR(64)  NOT NULL,
    hash        VARCHAR(255) NOT NULL,
    must_change TINYINT(1)      NOT NULL,
    updated_ns  BIGINT       NOT NULL,
    CONSTRAINT ${p}credentials_pk PRIMARY KEY (org_id, member_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE TABLE ${p}attributes (
    org_id VARCHAR(64)  NOT NULL,
    name   VARCHAR(255) NOT NULL,
    val    MEDIUMTEXT NOT NULL,
    CONSTRAINT ${p}attributes_pk PRIMARY KEY (org_id, name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE TABLE ${p}event_counter (
    id       INT    NOT NULL PRIMARY KEY,
    last_seq BIGINT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
INSERT INTO ${p}event_counter (id, last_seq) VALUES (1, 0);
CREATE TABLE ${p}events (
    seq     BIGINT       NOT NULL PRIMARY KEY,
    org_id  VARCHAR(64)  NOT NULL,
    type    VARCHAR(100) NOT NULL,
    payload MEDIUMTEXT NOT NULL,
    created_ns BIGINT     NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE TABLE ${p}leases (
    name       VARCHAR(255) NOT NULL PRIMARY KEY,
    owner      VARCHAR(255) NOT NULL,
    expires_at BIGINT       NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
